"""Read, then plan: the one path from a user's form and notes to a valid plan.

Serving runs it for every request and evaluation runs it over held-out users, so what is evaluated
is exactly what is served:
1. the model reads the notes a sentence at a time (`serving.engine.reader`);
2. the form is tightened by that reading (`domain.plan.reading.apply_reading`), and by the foods
   the notes refuse in so many words ("no olives", "can't stand salmon":
   `domain.plan.refused_foods`), which join its dislikes unless nothing could then be planned;
3. the exact planner plans that request: the fallback, and the shape of the draft; where the
   model read wishes in the notes (`domain.plan.soft_preferences`), it plans for them too
   (`preferred_request`, without the boring exercises), so the draft's places for liked foods
   hold the favourites and its choices leave out what the user is tired of;
4. the model drafts names under the per-request schemas, a meal at a time, then a training day
   at a time (`domain.plan.guided`);
5. the draft is grounded, repaired and solved, or replaced by the fallback (`serving.engine.serve`);
   a draft that, once repaired, serves fewer of the user's liked items than the planner's plan is
   replaced by that plan.
Without a model (the `reference` variant) steps 4 and 5 are skipped, and steps 1 and 2 too unless
a dedicated notes reader is given (`serving.engine.head_reader`). That reader reads for every
variant, beside the model where there is one, keeping whatever constraint either reads
(`serving.engine.reader.CautiousReader`). Under whatever reads, what notes state in so many words
("Seafood allergy.", "I do not eat meat", "bad left knee", "no kit") is read by rule too
(`domain.plan.notes_guard`): both readers miss some.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Final, TypeVar

from pydantic import TypeAdapter, ValidationError

from domain.catalog import Catalog
from domain.plan.draft import DraftDay, DraftMenu, PlanDraft
from domain.plan.errors import PlanInfeasible
from domain.plan.from_draft import draft_from_plan
from domain.plan.guided import (
    DAYS_OPEN,
    DRAFT_CLOSE,
    MENU_CLOSE,
    MENUS_CLOSE,
    MENUS_OPEN,
    DraftGrammar,
    DraftShape,
    JsonSchema,
    LikedPlaces,
)
from domain.plan.notes_guard import guarded
from domain.plan.provenance import PlanSource
from domain.plan.quality import liked_used
from domain.plan.reading import NOTHING_READ, NotesReading, apply_reading
from domain.plan.refused_foods import refused_foods
from domain.plan.request import PlanRequest
from domain.plan.soft_preferences import (
    NO_SOFT_PREFERENCES,
    SoftPreferences,
    WishVocabulary,
    beside_likes,
    preferred_request,
    without_exercises,
)
from domain.prompt import ChatMessage, parse_draft, prompt_messages
from serving.engine.reader import CautiousReader, NotesReader, ReaderSlot, ReadsNotes
from serving.engine.runtimes.base import Generation, Runtime, combine
from serving.engine.serve import PlanBuilder, Served

DRAFT_MAX_NEW_TOKENS: Final = 1536
"""Budget of the draft passes together; the guided schemas fix every list, so a draft closes
well within."""


def parse_draft_or_none(text: str) -> PlanDraft | None:
    """The draft in `text`, or None when it does not parse against the draft schema."""
    try:
        return parse_draft(text)
    except ValidationError:
        return None


Part = TypeVar("Part")

_MEAL: Final = TypeAdapter(list[str])


@dataclass
class _Continuation:
    """One guided draft being decoded: its text so far, its passes and the token budget left."""

    runtime: Runtime
    messages: list[ChatMessage]
    budget: int
    text: str
    passes: list[Generation] = field(default_factory=list)

    def parts(
        self,
        count: int,
        schema_of: Callable[[int, Sequence[Part]], JsonSchema],
        parse: Callable[[str], Part],
    ) -> list[Part] | None:
        """Decode `count` comma-separated parts, each under the schema of it and those before.

        Returns:
            The parts, or None when one did not close (the budget ran out): the draft ends there.
        """
        done: list[Part] = []
        for index in range(count):
            self.text += "," if index else ""
            generation = self.runtime.generate(
                self.messages,
                max_new_tokens=self.budget,
                json_schema=schema_of(index, done),
                prefix=self.text,
            )
            self.passes.append(generation)
            self.text += generation.text
            self.budget -= len(generation.token_ids)
            try:
                done.append(parse(generation.text))
            except ValidationError:
                return None
            if self.budget <= 0:
                return None
        return done

    def menus(self, grammar: DraftGrammar) -> bool:
        """Decode every menu a meal at a time, each menu's kind written, not decoded.

        Returns:
            False when a meal did not close: the draft ends there.
        """
        done: list[DraftMenu] = []
        for index in range(grammar.menus):
            self.text += ("," if index else "") + grammar.menu_open(index)
            meals = self.parts(
                grammar.meals(index), partial(grammar.meal, index, done), _MEAL.validate_json
            )
            if meals is None:
                return False
            self.text += MENU_CLOSE
            done.append(DraftMenu(kind=grammar.kind(index), meals=meals))
        return True

    def generation(self, close: str = "") -> Generation:
        """Every pass as one generation of the text so far, then `close`."""
        return combine(self.passes, self.text + close)


@dataclass(frozen=True)
class EngineResult:
    """A plan and everything that explains it.

    Attributes:
        served: The plan, its source, the request it honours and the repairs made.
        reading: What serving enforces from the notes (nothing when they were not read).
        notes_read: Whether a model read the notes (False for the reference variant and for
            blank notes).
        reading_generation: The reading passes, None when none ran.
        draft_generation: The draft passes as one, None when none ran (no model, or the
            fallback was needed before drafting).
        wishes: The wishes the model read and the plan was made for (none when they could not
            all be planned with the constraints).
        refused_foods: The food terms the notes refuse that the plan leaves out as dislikes.
    """

    served: Served
    reading: NotesReading
    notes_read: bool
    reading_generation: Generation | None = None
    draft_generation: Generation | None = None
    wishes: SoftPreferences = NO_SOFT_PREFERENCES
    refused_foods: tuple[str, ...] = ()

    @property
    def source(self) -> PlanSource:
        return self.served.source

    @property
    def seconds(self) -> float:
        """Model time of both passes (the solver's time is not included)."""
        passes = (self.reading_generation, self.draft_generation)
        return sum(g.seconds for g in passes if g is not None)

    @property
    def new_tokens(self) -> int:
        passes = (self.reading_generation, self.draft_generation)
        return sum(len(g.token_ids) for g in passes if g is not None)


class PlanEngine:
    """One variant's way of planning: a model runtime, or none for the exact planner alone.

    Not thread-safe: callers run one plan at a time per engine (serving queues them).

    Args:
        catalog: Foods and exercises.
        runtime: The model, or None for the `reference` variant.
        seed: Planner seed for gap filling and the fallback.
        guided: Decode under the reading and draft schemas (False for runtimes that cannot).
        max_new_tokens: Budget of the draft pass.
        reading_cache: Sentences whose reading is kept (0: none).
        notes_reader: A dedicated reader, or the slot serving swaps such readers in: it reads
            the notes, together with the model where there is one (`CautiousReader`); None
            or an empty slot: the model reads them, or nothing does without a model.
    """

    def __init__(
        self,
        catalog: Catalog,
        runtime: Runtime | None,
        *,
        seed: int = 0,
        guided: bool = True,
        max_new_tokens: int = DRAFT_MAX_NEW_TOKENS,
        reading_cache: int = 0,
        notes_reader: ReadsNotes | ReaderSlot | None = None,
    ) -> None:
        self.catalog = catalog
        self.runtime = runtime
        self.guided = guided
        self.max_new_tokens = max_new_tokens
        self.builder = PlanBuilder(catalog, seed=seed)
        self.dedicated = (
            notes_reader if isinstance(notes_reader, ReaderSlot) else ReaderSlot(notes_reader)
        )
        self.model_reader = (
            NotesReader(
                runtime,
                guided=guided,
                cache_size=reading_cache,
                wishes=WishVocabulary.of(catalog),
            )
            if runtime
            else None
        )

    @property
    def reader(self) -> ReadsNotes | None:
        """Who reads the notes now: the dedicated reader in the slot and the model together
        (`CautiousReader`), else whichever of them there is."""
        dedicated = self.dedicated.reader
        if dedicated is not None and self.model_reader is not None:
            return CautiousReader(dedicated, self.model_reader)
        return dedicated or self.model_reader

    def read(self, notes: str) -> tuple[NotesReading, SoftPreferences, Generation | None]:
        """What the readers read in `notes`, tightened by what the notes state in so many words
        (`domain.plan.notes_guard`), and the wishes the model read; nothing without a reader
        or for blank notes, and no wishes without a model."""
        reader = self.reader
        if reader is None:
            return NOTHING_READ, NO_SOFT_PREFERENCES, None
        reading, wishes, generation = reader.read_with_wishes(notes)
        return guarded(reading, notes), wishes, generation

    def draft(
        self,
        request: PlanRequest,
        notes: str,
        reference: Served,
        *,
        meals_only: bool = False,
        catalog: Catalog | None = None,
    ) -> Generation | None:
        """The model's draft for `request`, shaped like the reference planner's plan.

        Args:
            request: What serving enforces; the prompt shows it with the notes.
            notes: The user's free text.
            reference: The planner's plan the draft is shaped like, for the request it honours
                (`request` with the wishes read, where there were any).
            meals_only: Draft the menus only.
            catalog: The catalog to choose from (default: the engine's; without the boring
                exercises where the user named some).

        Returns:
            The draft passes as one generation, or None without a model or when no food or
            exercise fits.
        """
        if self.runtime is None:
            return None
        messages = prompt_messages(request, notes)
        if not self.guided:
            return self.runtime.generate(messages, max_new_tokens=self.max_new_tokens)
        catalog = catalog or self.catalog
        shape = draft_from_plan(reference.plan)
        try:
            grammar = DraftGrammar(
                reference.request,
                catalog,
                DraftShape.of(shape),
                meals_only=meals_only,
                liked=LikedPlaces.of(shape, reference.request, catalog),
            )
        except ValueError:  # nothing to choose from: the fallback serves
            return None
        return self._guided_draft(self.runtime, messages, grammar)

    def _guided_draft(
        self, runtime: Runtime, messages: list[ChatMessage], grammar: DraftGrammar
    ) -> Generation:
        """Decode meal by meal, then training day by day, each pass continuing the text so far.

        A pass that does not close its part (the budget ran out) ends the draft; the text then
        fails to parse and the fallback serves.
        """
        draft = _Continuation(runtime, messages, self.max_new_tokens, MENUS_OPEN)
        if not draft.menus(grammar):
            return draft.generation()
        if not grammar.days:
            return draft.generation(MENUS_CLOSE)
        draft.text += DAYS_OPEN
        if draft.parts(grammar.days, grammar.day, DraftDay.model_validate_json) is None:
            return draft.generation()
        return draft.generation(DRAFT_CLOSE)

    def plan(self, form: PlanRequest, notes: str, *, meals_only: bool = False) -> EngineResult:
        """Read the notes, then plan for the form tightened by the reading.

        Args:
            form: What the user entered in the structured form, with their targets.
            notes: Their free text.
            meals_only: Draft the menus only (meal-plan renewals); the week's training days
                are the planner's.

        Returns:
            The plan and its provenance.

        Raises:
            PlanInfeasible: The form itself cannot be planned; the reasons name the constraint.
        """
        reading, wishes, reading_generation = self.read(notes)
        request, refused = self._refusing(apply_reading(form, reading), notes)
        fallback = self.builder.reference(request, form)
        notes_read = reading_generation is not None
        result = partial(
            EngineResult,
            reading=reading,
            notes_read=notes_read,
            reading_generation=reading_generation,
            refused_foods=refused,
        )
        if fallback.source is PlanSource.reference_form:
            return result(fallback)
        builder, reference, wishes = self._wished(request, wishes, fallback) or (
            self.builder,
            fallback,
            NO_SOFT_PREFERENCES,
        )
        generation = self.draft(
            request, notes, reference, meals_only=meals_only, catalog=builder.catalog
        )
        if generation is None:
            return result(reference, wishes=wishes)
        draft = parse_draft_or_none(generation.text)
        served = self._likes_kept(builder.serve(draft, reference.request, form), reference, request)
        return result(served, draft_generation=generation, wishes=wishes)

    def _likes_kept(self, served: Served, reference: Served, request: PlanRequest) -> Served:
        """`served`, or the planner's `reference` where the draft, once repaired, serves fewer of
        the user's liked foods and exercises: a model earns a plan only where it loses none of
        what the user chose. Repairs dropped liked items from 4 of 64 test plans (2026-12-02),
        leaving the fine-tune 0.037 below the planner on liked items used."""
        if served.source not in (PlanSource.model, PlanSource.repaired):
            return served
        liked = partial(liked_used, request=request, catalog=self.catalog)
        if liked(served.plan).hit >= liked(reference.plan).hit:
            return served
        return reference

    def refused(self, notes: str) -> tuple[str, ...]:
        """The food terms `notes` refuse (`domain.plan.refused_foods`); none where no reader
        reads the notes, as for everything else they state."""
        return refused_foods(notes, self.catalog.everyday) if self.reader is not None else ()

    def _refusing(self, request: PlanRequest, notes: str) -> tuple[PlanRequest, tuple[str, ...]]:
        """`request` with the foods the notes refuse disliked, and those foods, less any the
        request dislikes already or its liked foods name (the form outranks the notes);
        `request` alone where they leave nothing to plan (a dislike never costs the notes'
        constraints)."""
        as_wishes = SoftPreferences(fewer_foods=self.refused(notes))
        refused = tuple(
            term
            for term in beside_likes(as_wishes, request, self.catalog).fewer_foods
            if term not in request.disliked_foods
        )
        if not refused:
            return request, ()
        refusing = request.model_copy(
            update={"disliked_foods": (*request.disliked_foods, *refused)}
        )
        try:
            self.builder.reference(refusing, refusing)  # cached: the plan's fallback reuses it
        except PlanInfeasible:
            return request, ()
        return refusing, refused

    def _wished(
        self, request: PlanRequest, wishes: SoftPreferences, fallback: Served
    ) -> tuple[PlanBuilder, Served, SoftPreferences] | None:
        """The builder and reference plan that honour `wishes` as well as `request`, and the
        wishes they honour.

        Boring exercises leave the builder's catalog; the rest join the request
        (`preferred_request`). The form's likes outrank the wishes: those they contradict are
        dropped (`beside_likes`), and favourites too when planning them serves fewer of the
        user's liked items than `fallback` does (favourites compete with likes for places).
        None when no wish is left, or the request cannot honour them (every protein the user
        may eat is one they are tired of, say): the plan then ignores them, as a wish is never
        a constraint.
        """
        wishes = beside_likes(wishes, request, self.catalog)
        if not wishes.count:
            return None
        builder = self._builder_without(wishes.boring_exercises)
        liked = liked_used(fallback.plan, request, self.catalog).hit
        for attempt in (wishes, wishes.model_copy(update={"favourite_foods": ()})):
            if not attempt.count:
                return None
            planned = preferred_request(request, attempt)
            try:
                reference = builder.reference(planned, planned)
            except PlanInfeasible:
                continue
            if liked_used(reference.plan, request, self.catalog).hit >= liked:
                return builder, reference, attempt
        return None

    def _builder_without(self, boring: tuple[str, ...]) -> PlanBuilder:
        """The engine's builder, or one whose catalog leaves out the `boring` exercises."""
        if not boring:
            return self.builder
        return PlanBuilder(without_exercises(self.catalog, boring), seed=self.builder.seed)
