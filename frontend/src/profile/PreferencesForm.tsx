// What the plans must respect (allergies, diet, equipment, injuries) and what they should favour.
import { useState, type SubmitEvent } from "react";
import { useApi } from "../api/context";
import type { Allergen, BodyArea, Diet, Equipment, Profile } from "../api/types";
import { ExerciseSearch, FoodSearch } from "../catalog/searches";
import { PickList } from "../catalog/PickList";
import { ChoiceGroup } from "../forms/ChoiceGroup";
import { Field } from "../forms/Field";
import { FormAlert } from "../forms/FormAlert";
import { SelectInput } from "../forms/inputs";
import { Saved } from "../forms/Saved";
import { SubmitButton } from "../forms/SubmitButton";
import { useSubmit } from "../forms/useSubmit";
import { ALLERGENS, BODY_AREAS, DIETS, EQUIPMENT } from "../lib/enums";
import { options } from "../lib/labels";

interface Preferences {
  liked_exercises: string[];
  liked_foods: string[];
  disliked_foods: string[];
  allergies: Allergen[];
  diet: Diet | null;
  equipment: Equipment[];
  injuries: BodyArea[];
}

type NameList = "liked_exercises" | "liked_foods" | "disliked_foods";

interface PreferencesFormProps {
  profile: Profile;
  submitLabel: string;
  onSaved?: (profile: Profile) => void;
}

export function PreferencesForm({ profile, submitLabel, onSaved }: PreferencesFormProps) {
  const api = useApi();
  const [values, setValues] = useState<Preferences>(() => ({
    liked_exercises: profile.liked_exercises,
    liked_foods: profile.liked_foods,
    disliked_foods: profile.disliked_foods,
    allergies: profile.allergies,
    diet: profile.diet,
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
      <Field label="Diet" name="diet" errors={errors.diet}>
        {(control) => (
          <SelectInput
            control={control}
            options={options(DIETS)}
            value={values.diet}
            onChange={set("diet")}
            emptyLabel="No particular diet"
          />
        )}
      </Field>
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
      <PickList
        legend="Exercises you like"
        names={values.liked_exercises}
        onRemove={remove("liked_exercises")}
        errors={errors.liked_exercises}
      >
        <ExerciseSearch
          label="Search exercises"
          onPick={(exercise) => {
            add("liked_exercises")(exercise.name);
          }}
        />
      </PickList>
      <PickList
        legend="Foods you like"
        names={values.liked_foods}
        onRemove={remove("liked_foods")}
        errors={errors.liked_foods}
      >
        <FoodSearch
          label="Search foods you like"
          onPick={(food) => {
            add("liked_foods")(food.name);
          }}
          onPickText={add("liked_foods")}
        />
      </PickList>
      <PickList
        legend="Foods to avoid"
        names={values.disliked_foods}
        onRemove={remove("disliked_foods")}
        errors={errors.disliked_foods}
      >
        <FoodSearch
          label="Search foods to avoid"
          onPick={(food) => {
            add("disliked_foods")(food.name);
          }}
          onPickText={add("disliked_foods")}
        />
      </PickList>
      <FormAlert errors={submission.formErrors} fieldErrors={errors} />
      <SubmitButton pending={submission.pending} label={submitLabel} />
      <Saved message={submission.succeeded ? "Saved." : null} />
    </form>
  );
}
