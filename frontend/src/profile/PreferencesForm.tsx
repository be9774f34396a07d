// What the plans must respect (allergies, diets, equipment, injuries) and what they should favour.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Allergen, BodyArea, Diet, Equipment } from "../api/types";
import { ExerciseSearch, FoodSearch } from "../catalog/searches";
import { PickList } from "../catalog/PickList";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { FormAlert } from "../forms/FormAlert";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import type { ProfileFormProps } from "./ProfileFormProps";
import { ALLERGENS, BODY_AREAS, DIETS, EQUIPMENT } from "../lib/enums";
import { options } from "../lib/labels";

interface Preferences {
  liked_exercises: string[];
  liked_foods: string[];
  disliked_foods: string[];
  allergies: Allergen[];
  diets: Diet[];
  equipment: Equipment[];
  injuries: BodyArea[];
}

// Names picked from a catalog; liked and avoided foods may also be plain words ("salmon").
const NAME_LISTS = [
  {
    list: "liked_exercises",
    legend: "Exercises you like",
    searchLabel: "Search exercises",
    catalog: "exercises",
  },
  {
    list: "liked_foods",
    legend: "Foods you like",
    searchLabel: "Search foods you like",
    catalog: "foods",
  },
  {
    list: "disliked_foods",
    legend: "Foods to avoid",
    searchLabel: "Search foods to avoid",
    catalog: "foods",
  },
] as const;

type NameList = (typeof NAME_LISTS)[number]["list"];

export function PreferencesForm({ profile, submitLabel, onSaved }: ProfileFormProps) {
  const api = useApi();
  const [values, setValues] = useState<Preferences>(() => ({
    liked_exercises: profile.liked_exercises,
    liked_foods: profile.liked_foods,
    disliked_foods: profile.disliked_foods,
    allergies: profile.allergies,
    diets: profile.diets,
    equipment: profile.equipment,
    injuries: profile.injuries,
  }));
  const submission = useSubmit(api.updateProfile, onSaved);
  const errors = submission.fieldErrors;
  const set =
    <K extends keyof Preferences>(name: K) =>
    (value: Preferences[K]) => {
      setValues((current) => ({ ...current, [name]: value }));
    };
  const add = (list: NameList) => (name: string) => {
    setValues((current) =>
      current[list].includes(name) ? current : { ...current, [list]: [...current[list], name] },
    );
  };
  const remove = (list: NameList) => (name: string) => {
    setValues((current) => ({ ...current, [list]: current[list].filter((item) => item !== name) }));
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submission.submit(values);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <ChoiceGroup
        multiple
        legend="Allergies"
        name="allergies"
        options={options(ALLERGENS)}
        value={values.allergies}
        onChange={set("allergies")}
        errors={errors.allergies}
      />
      <ChoiceGroup
        multiple
        legend="Diets"
        name="diets"
        options={options(DIETS)}
        value={values.diets}
        onChange={set("diets")}
        errors={errors.diets}
        hint="Every meal fits all the diets you tick; tick none for no particular diet."
      />
      <ChoiceGroup
        multiple
        legend="Equipment you can use"
        name="equipment"
        options={options(EQUIPMENT)}
        value={values.equipment}
        onChange={set("equipment")}
        errors={errors.equipment}
      />
      <ChoiceGroup
        multiple
        legend="Injuries to train around"
        name="injuries"
        options={options(BODY_AREAS)}
        value={values.injuries}
        onChange={set("injuries")}
        errors={errors.injuries}
      />
      {NAME_LISTS.map(({ list, legend, searchLabel, catalog }) => (
        <PickList
          key={list}
          legend={legend}
          names={values[list]}
          onRemove={remove(list)}
          errors={errors[list]}
        >
          {catalog === "exercises" ? (
            <ExerciseSearch
              label={searchLabel}
              onPick={(exercise) => {
                add(list)(exercise.name);
              }}
            />
          ) : (
            <FoodSearch
              label={searchLabel}
              onPick={(food) => {
                add(list)(food.name);
              }}
              onPickText={add(list)}
            />
          )}
        </PickList>
      ))}
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label={submitLabel} />
      <Saved message={submission.succeeded ? "Saved." : null} />
    </form>
  );
}
