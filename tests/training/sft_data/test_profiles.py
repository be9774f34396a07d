from __future__ import annotations

from statistics import mean

import pytest
from pydantic import ValidationError

from domain.catalog import Catalog
from domain.profile import (
    ActivityLevel,
    Allergen,
    BodyArea,
    Diet,
    Equipment,
    Experience,
    Goal,
    Sex,
)
from training.sft_data.profiles import (
    SETUP_EQUIPMENT,
    NoteTopic,
    Setup,
    SyntheticProfile,
    generate_profiles,
)


@pytest.fixture(scope="module")
def many(small_catalog: Catalog) -> list[SyntheticProfile]:
    return generate_profiles(small_catalog, count=1500, seed=7)


def test_same_seed_same_profiles_and_other_seed_differs(small_catalog: Catalog) -> None:
    first = generate_profiles(small_catalog, count=40, seed=3)
    assert first == generate_profiles(small_catalog, count=40, seed=3)
    assert first != generate_profiles(small_catalog, count=40, seed=4)
    assert [profile.id for profile in first[:2]] == ["p00000", "p00001"]


def test_every_category_is_covered(many: list[SyntheticProfile]) -> None:
    assert {p.sex for p in many} == set(Sex)
    assert {p.goal for p in many} == set(Goal)
    assert {p.activity for p in many} == set(ActivityLevel)
    assert {p.experience for p in many} == set(Experience)
    assert {p.setup for p in many} == set(Setup)
    assert set().union(*(p.diets for p in many)) == set(Diet)
    assert any(not p.diets for p in many) and any(len(p.diets) == 2 for p in many)
    assert set().union(*(p.allergies for p in many)) == set(Allergen)
    assert set().union(*(p.injuries for p in many)) == set(BodyArea)
    assert set().union(*(p.notes_only for p in many)) == set(NoteTopic)
    assert {p.meals_per_day for p in many} == {3, 4, 5}
    assert {p.days_per_week for p in many} == {2, 3, 4, 5, 6}
    assert any(p.liked_foods for p in many) and any(p.liked_exercises for p in many)


def test_joint_distributions_are_realistic(many: list[SyntheticProfile]) -> None:
    men = [p.height_cm for p in many if p.sex is Sex.male]
    women = [p.height_cm for p in many if p.sex is Sex.female]
    assert 10 < mean(men) - mean(women) < 16

    def bmi(p: SyntheticProfile) -> float:
        return p.weight_kg / (p.height_cm / 100) ** 2

    heavy = [p for p in many if bmi(p) >= 27]
    lean = [p for p in many if bmi(p) < 21]
    share_losing = sum(p.goal is Goal.lose_fat for p in heavy) / len(heavy)
    share_gaining = sum(p.goal is Goal.gain_muscle for p in lean) / len(lean)
    assert share_losing > 0.6 and share_gaining > 0.5
    assert all(2 <= p.days_per_week <= 4 for p in many if p.experience is Experience.beginner)


def test_liked_items_fit_the_profile(many: list[SyntheticProfile], small_catalog: Catalog) -> None:
    for profile in many:
        for name in profile.liked_foods:
            item = small_catalog.everyday_food(name)
            assert item is not None
            assert not item.food.allergens & profile.allergies
            assert profile.diets <= item.food.diets
        assert not set(profile.liked_foods) & set(profile.disliked_foods)
        for name in profile.liked_exercises:
            exercise = small_catalog.exercise(name)
            assert exercise is not None
            assert exercise.equipment is None or exercise.equipment in profile.equipment


def test_only_present_constraints_are_left_to_the_notes(many: list[SyntheticProfile]) -> None:
    for profile in many:
        if NoteTopic.injuries in profile.notes_only:
            assert profile.injuries
        if NoteTopic.allergies in profile.notes_only:
            assert profile.allergies
        if NoteTopic.diet in profile.notes_only:
            assert profile.diets
    share = sum(NoteTopic.equipment in p.notes_only for p in many) / len(many)
    assert 0.4 < share < 0.6


def test_equipment_follows_the_setup(many: list[SyntheticProfile]) -> None:
    fixed = [profile for profile in many if profile.setup is not Setup.home_kit]
    assert fixed and all(profile.equipment == SETUP_EQUIPMENT[profile.setup] for profile in fixed)


def test_home_kits_mix_any_items(many: list[SyntheticProfile]) -> None:
    """A kettlebell alone, a barbell without a gym: kits the fixed setups never give."""
    kits = [profile for profile in many if profile.setup is Setup.home_kit]
    assert kits and all(p.equipment == {Equipment.body_only} | p.kit for p in kits)
    assert set().union(*(p.kit for p in kits)) == set(Equipment) - {
        Equipment.body_only,
        Equipment.other,
    }
    assert {len(p.kit) for p in kits} == {1, 2, 3}
    assert frozenset({Equipment.kettlebell}) in {p.kit for p in kits}


def test_a_kit_belongs_to_a_home_kit_setup_only(many: list[SyntheticProfile]) -> None:
    profile = next(p for p in many if p.setup is Setup.full_gym)
    with pytest.raises(ValidationError, match="home_kit"):
        SyntheticProfile.model_validate(
            {**profile.model_dump(), "kit": frozenset({Equipment.dumbbell})}
        )
    with pytest.raises(ValidationError, match="home_kit"):
        SyntheticProfile.model_validate({**profile.model_dump(), "setup": Setup.home_kit})


def test_some_users_avoid_a_whole_group_of_allergens(many: list[SyntheticProfile]) -> None:
    seafood = {Allergen.fish, Allergen.shellfish}
    nuts = {Allergen.tree_nuts, Allergen.peanuts}
    assert any(seafood <= p.allergies for p in many) and any(nuts <= p.allergies for p in many)


def test_negative_count_is_refused(small_catalog: Catalog) -> None:
    with pytest.raises(ValueError, match="`count` must be >= 0"):
        generate_profiles(small_catalog, count=-1, seed=0)
