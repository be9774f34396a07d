// The body-and-goal form's values: text while typing, converted to a profile change on save.
import type {
  ActivityLevel,
  Experience,
  Goal,
  Profile,
  ProfileChanges,
  Sex,
  Units,
} from "../api/types";
import { numberText, parseNumber } from "../forms/numbers";
import { kgToLb, lbToKg } from "../lib/units";

const CM_PER_INCH = 2.54;

export interface BodyValues {
  units: Units;
  sex: Sex | null;
  age: string;
  heightCm: string;
  heightFt: string;
  heightIn: string;
  weight: string;
  bodyFat: string;
  activity: ActivityLevel | null;
  goal: Goal | null;
  daysPerWeek: string;
  experience: Experience | null;
}

export function bodyValues(profile: Profile): BodyValues {
  const imperial = profile.units === "imperial";
  const weight = imperial ? (profile.weight_lb ?? null) : profile.weight_kg;
  return {
    units: profile.units,
    sex: profile.sex,
    age: numberText(profile.age, 0),
    heightCm: numberText(profile.height_cm),
    heightFt: numberText(profile.height_ft, 0),
    heightIn: numberText(profile.height_in),
    weight: numberText(weight),
    bodyFat: numberText(profile.body_fat_pct),
    activity: profile.activity_level,
    goal: profile.goal,
    daysPerWeek: numberText(profile.days_per_week, 0),
    experience: profile.experience,
  };
}

/** The PATCH body: height and weight in the units shown, so the API's messages name them. */
export function bodyChanges(values: BodyValues): ProfileChanges {
  const height =
    values.units === "imperial"
      ? { height_ft: parseNumber(values.heightFt), height_in: parseNumber(values.heightIn) }
      : { height_cm: parseNumber(values.heightCm) };
  const weight =
    values.units === "imperial"
      ? { weight_lb: parseNumber(values.weight) }
      : { weight_kg: parseNumber(values.weight) };
  return {
    units: values.units,
    sex: values.sex,
    age: parseNumber(values.age),
    ...height,
    ...weight,
    body_fat_pct: parseNumber(values.bodyFat),
    activity_level: values.activity,
    goal: values.goal,
    days_per_week: parseNumber(values.daysPerWeek),
    experience: values.experience,
  };
}

/** The same values in the other units: typed height and weight are converted, not lost. */
export function switchUnits(values: BodyValues, units: Units): BodyValues {
  if (units === values.units) return values;
  const weight = parseNumber(values.weight);
  if (units === "imperial") {
    const cm = parseNumber(values.heightCm);
    const inches = cm === null ? null : cm / CM_PER_INCH;
    return {
      ...values,
      units,
      heightFt: inches === null ? "" : String(Math.floor(inches / 12)),
      heightIn: inches === null ? "" : numberText(inches % 12),
      weight: weight === null ? "" : numberText(kgToLb(weight)),
    };
  }
  const feet = parseNumber(values.heightFt);
  const inches = parseNumber(values.heightIn);
  const cm =
    feet === null && inches === null ? null : ((feet ?? 0) * 12 + (inches ?? 0)) * CM_PER_INCH;
  return {
    ...values,
    units,
    heightCm: numberText(cm),
    weight: weight === null ? "" : numberText(lbToKg(weight)),
  };
}
