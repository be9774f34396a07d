"""The current user's workout log."""

from __future__ import annotations

from fastapi import APIRouter, status

from app.api.deps import CipherDep, CurrentUser, DatePageDep, RowId, SessionDep
from app.schemas.logs import WorkoutCreate, WorkoutPublic, WorkoutsPublic, WorkoutUpdate
from app.services import workouts

router = APIRouter(prefix="/me/workouts", tags=["workouts"])


@router.post("", status_code=status.HTTP_201_CREATED)
def log_workout(
    body: WorkoutCreate, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> WorkoutPublic:
    """Log a workout (notes are encrypted at rest)."""
    row = workouts.log_workout(
        session=session, user_id=user.id, fields=body.model_dump(), cipher=cipher
    )
    return WorkoutPublic.from_row(row, cipher)


@router.get("")
def list_workouts(
    user: CurrentUser, session: SessionDep, cipher: CipherDep, page: DatePageDep
) -> WorkoutsPublic:
    """List logged workouts, newest first."""
    rows, count = workouts.list_workouts(session=session, user_id=user.id, page=page)
    return WorkoutsPublic(data=[WorkoutPublic.from_row(row, cipher) for row in rows], count=count)


@router.get("/{workout_id}")
def read_workout(
    workout_id: RowId, user: CurrentUser, session: SessionDep, cipher: CipherDep
) -> WorkoutPublic:
    """Read one logged workout."""
    row = workouts.get_workout(session=session, user_id=user.id, workout_id=workout_id)
    return WorkoutPublic.from_row(row, cipher)


@router.patch("/{workout_id}")
def update_workout(
    workout_id: RowId,
    body: WorkoutUpdate,
    user: CurrentUser,
    session: SessionDep,
    cipher: CipherDep,
) -> WorkoutPublic:
    """Change a logged workout."""
    row = workouts.update_workout(
        session=session,
        user_id=user.id,
        workout_id=workout_id,
        changes=body.model_dump(exclude_unset=True),
        cipher=cipher,
    )
    return WorkoutPublic.from_row(row, cipher)


@router.delete("/{workout_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_workout(workout_id: RowId, user: CurrentUser, session: SessionDep) -> None:
    """Delete a logged workout."""
    workouts.delete_workout(session=session, user_id=user.id, workout_id=workout_id)
