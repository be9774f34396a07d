// Generated from the product API's OpenAPI document by `npm run api:types`. Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Healthz
         * @description Liveness: the process answers (touches no database).
         */
        get: operations["healthz_healthz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readyz
         * @description Readiness: the database answers.
         */
        get: operations["readyz_readyz_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description Create an account (the email in FIRST_ADMIN_EMAIL becomes an admin).
         */
        post: operations["register_api_v1_auth_register_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description Exchange email (as `username`) and password for access and refresh tokens.
         */
        post: operations["login_api_v1_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh
         * @description Rotate a refresh token; reusing an old one revokes its whole family.
         */
        post: operations["refresh_api_v1_auth_refresh_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Logout
         * @description Revoke the refresh token's family (idempotent).
         */
        post: operations["logout_api_v1_auth_logout_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Me
         * @description Read the signed-in account: id, email and role.
         */
        get: operations["read_me_api_v1_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Profile
         * @description Read the profile (metric, plus imperial fields when units is imperial).
         */
        get: operations["read_profile_api_v1_me_profile_get"];
        /**
         * Replace Profile
         * @description Replace the profile; changes renew the plan, changed notes are read again.
         */
        put: operations["replace_profile_api_v1_me_profile_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Profile
         * @description Change some profile fields; changes renew the plan, changed notes are read again.
         */
        patch: operations["patch_profile_api_v1_me_profile_patch"];
        trace?: never;
    };
    "/api/v1/me/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Targets
         * @description Current calorie and macro targets, with the formula used and any warnings.
         */
        get: operations["read_targets_api_v1_me_targets_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Weights
         * @description List logged weights, newest first.
         */
        get: operations["list_weights_api_v1_me_weights_get"];
        put?: never;
        /**
         * Log Weight
         * @description Log a body weight; the latest becomes the current weight and renews the meal plan.
         */
        post: operations["log_weight_api_v1_me_weights_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/weights/{weight_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Weight
         * @description Read one logged weight.
         */
        get: operations["read_weight_api_v1_me_weights__weight_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Weight
         * @description Delete a logged weight.
         */
        delete: operations["delete_weight_api_v1_me_weights__weight_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Weight
         * @description Correct a logged weight or its date.
         */
        patch: operations["update_weight_api_v1_me_weights__weight_id__patch"];
        trace?: never;
    };
    "/api/v1/me/workouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Workouts
         * @description List logged workouts, newest first.
         */
        get: operations["list_workouts_api_v1_me_workouts_get"];
        put?: never;
        /**
         * Log Workout
         * @description Log a workout (notes are encrypted at rest).
         */
        post: operations["log_workout_api_v1_me_workouts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/workouts/{workout_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Workout
         * @description Read one logged workout.
         */
        get: operations["read_workout_api_v1_me_workouts__workout_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Workout
         * @description Delete a logged workout.
         */
        delete: operations["delete_workout_api_v1_me_workouts__workout_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Workout
         * @description Change a logged workout.
         */
        patch: operations["update_workout_api_v1_me_workouts__workout_id__patch"];
        trace?: never;
    };
    "/api/v1/me/meals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Meals
         * @description List logged meals, newest first.
         */
        get: operations["list_meals_api_v1_me_meals_get"];
        put?: never;
        /**
         * Log Meal
         * @description Log a catalog food by grams, or a free-form meal with its macros.
         */
        post: operations["log_meal_api_v1_me_meals_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/meals/{meal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Meal
         * @description Read one logged meal.
         */
        get: operations["read_meal_api_v1_me_meals__meal_id__get"];
        put?: never;
        post?: never;
        /**
         * Delete Meal
         * @description Delete a logged meal.
         */
        delete: operations["delete_meal_api_v1_me_meals__meal_id__delete"];
        options?: never;
        head?: never;
        /**
         * Update Meal
         * @description Change a logged meal; new grams of a catalog food recompute its macros.
         */
        patch: operations["update_meal_api_v1_me_meals__meal_id__patch"];
        trace?: never;
    };
    "/api/v1/me/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Progress
         * @description Weight trend, intake adherence and workout completion over the last `days` days.
         */
        get: operations["read_progress_api_v1_me_progress_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Current
         * @description The current plan and the latest job: `pending` until serving has answered.
         */
        get: operations["read_current_api_v1_me_plans_get"];
        put?: never;
        /**
         * Request Plan
         * @description Ask for a new plan (a week of training and meals); poll the job or GET /me/plans.
         */
        post: operations["request_plan_api_v1_me_plans_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List History
         * @description Every plan version, newest first, with why each was made.
         */
        get: operations["list_history_api_v1_me_plans_history_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/jobs/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Job
         * @description One plan job: pending, running, done (with its version) or failed (with reasons).
         */
        get: operations["read_job_api_v1_me_plans_jobs__job_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/adherence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Adherence
         * @description Planned meals and exercises logged as done over the last `days` days.
         */
        get: operations["read_adherence_api_v1_me_plans_adherence_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Version
         * @description One plan version, with its targets, variant, model, reading and diff.
         */
        get: operations["read_version_api_v1_me_plans__version__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/{version}/diff/{other}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diff Versions
         * @description What changed from `version` to `other`: targets, meal items, exercises.
         */
        get: operations["diff_versions_api_v1_me_plans__version__diff__other__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/{version}/locks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set Locks
         * @description Lock meals or items of the current plan: regenerations and renewals keep them.
         */
        put: operations["set_locks_api_v1_me_plans__version__locks_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/plans/{version}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate
         * @description Redo one day's meals, or one meal, as a new version; locked items stay.
         */
        post: operations["regenerate_api_v1_me_plans__version__regenerate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notes/reading": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Reading
         * @description What serving understood in the notes, as suggestions to accept or edit.
         */
        get: operations["read_reading_api_v1_me_notes_reading_get"];
        put?: never;
        /**
         * Request Reading
         * @description Read the current notes again (saving changed notes already does).
         */
        post: operations["request_reading_api_v1_me_notes_reading_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notes/reading/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept Reading
         * @description Confirm constraints (the suggestions or your edits): they join the profile's fields.
         */
        post: operations["accept_reading_api_v1_me_notes_reading_accept_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Feedback
         * @description Feedback on every version that has some, newest first.
         */
        get: operations["list_feedback_api_v1_me_feedback_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/feedback/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Feedback
         * @description Feedback on one plan version.
         */
        get: operations["read_feedback_api_v1_me_feedback__version__get"];
        /**
         * Rate Version
         * @description Rate a plan version 1-5 stars, with an optional comment (encrypted at rest).
         */
        put: operations["rate_version_api_v1_me_feedback__version__put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/feedback/{version}/thumbs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thumb Item
         * @description Thumbs up or down on one meal or exercise of a plan version (null takes it back).
         */
        put: operations["thumb_item_api_v1_me_feedback__version__thumbs_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/grocery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Grocery
         * @description The current plan's foods over a date range, per food in grams and household units.
         */
        get: operations["read_grocery_api_v1_me_grocery_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/expenditure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Expenditure
         * @description Expenditure measured from intake and trend weight, beside the formula's TDEE.
         */
        get: operations["read_expenditure_api_v1_me_expenditure_get"];
        /**
         * Set Expenditure
         * @description Opt in to (or out of) targets from measured expenditure, changing a step a week.
         */
        put: operations["set_expenditure_api_v1_me_expenditure_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Users
         * @description List users, oldest first.
         */
        get: operations["list_users_api_v1_admin_users_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{user_id}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set Role
         * @description Change a user's role.
         */
        patch: operations["set_role_api_v1_admin_users__user_id__role_patch"];
        trace?: never;
    };
    "/api/v1/foods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Foods
         * @description Search foods by name words and food group (nutrients per 100 g).
         */
        get: operations["search_foods_api_v1_foods_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/foods/{food_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Food
         * @description Read one food by its USDA NDB number.
         */
        get: operations["read_food_api_v1_foods__food_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Exercises
         * @description Search exercises by name words, muscle, equipment and level.
         */
        get: operations["search_exercises_api_v1_exercises_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Experiments
         * @description Experiment keys seen in plan exposures, with plan, user and variant counts.
         */
        get: operations["list_experiments_api_v1_experiments_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Models
         * @description The model versions serving has live, with their traffic weights (serving's /v1/models).
         */
        get: operations["read_models_api_v1_experiments_models_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Feedback
         * @description Feedback with the plan it was given on, for preference tuning, newest first.
         */
        get: operations["list_feedback_api_v1_experiments_feedback_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Promotions
         * @description Promotion requests, oldest first; the pipelines read `?status=pending`.
         */
        get: operations["list_promotions_api_v1_experiments_promotions_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/promotions/{promotion_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete Promotion
         * @description Record the outcome of a pending promotion (the pipelines, after moving the alias).
         */
        post: operations["complete_promotion_api_v1_experiments_promotions__promotion_id__complete_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{key}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Promotion
         * @description Ask for the challenger to become the champion; the pipelines carry it out.
         */
        post: operations["request_promotion_api_v1_experiments__key__promote_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{key}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export Units
         * @description One row per randomised user of the experiment (user ids hashed), for the A/B report.
         */
        get: operations["export_units_api_v1_experiments__key__units_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experiments/{key}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Report
         * @description The A/B report: split check, lifts with fixed and always-valid intervals, decision.
         */
        get: operations["read_report_api_v1_experiments__key__report_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Action
         * @enum {string}
         */
        Action: "promote_challenger" | "keep_champion" | "keep_collecting";
        /**
         * ActivityLevel
         * @enum {string}
         */
        ActivityLevel: "sedentary" | "light" | "moderate" | "active" | "very_active";
        /**
         * AdherencePublic
         * @description Planned meals and exercises the user logged as done over a window.
         */
        AdherencePublic: {
            /**
             * Start
             * Format: date
             */
            start: string;
            /**
             * End
             * Format: date
             */
            end: string;
            /** Meals Done */
            meals_done: number;
            /** Meals Planned */
            meals_planned: number;
            /** Exercises Done */
            exercises_done: number;
            /** Exercises Planned */
            exercises_planned: number;
            /** Percent */
            percent: number | null;
        };
        /**
         * Allergen
         * @enum {string}
         */
        Allergen: "milk" | "egg" | "fish" | "shellfish" | "tree_nuts" | "peanuts" | "gluten" | "soy" | "sesame";
        /**
         * BodyArea
         * @description Injured or sensitive areas whose movement patterns the planner must avoid.
         * @enum {string}
         */
        BodyArea: "knee" | "lower_back" | "shoulder" | "wrist" | "elbow" | "hip" | "ankle" | "neck";
        /** Body_login_api_v1_auth_login_post */
        Body_login_api_v1_auth_login_post: {
            /** Grant Type */
            grant_type?: string | null;
            /** Username */
            username: string;
            /**
             * Password
             * Format: password
             */
            password: string;
            /**
             * Scope
             * @default
             */
            scope: string;
            /** Client Id */
            client_id?: string | null;
            /**
             * Client Secret
             * Format: password
             */
            client_secret?: string | null;
        };
        /**
         * Constraints
         * @description The topics a reading covers, as the profile's structured fields hold them; disliked
         *     foods are the foods the notes refuse ("can't stand olives").
         */
        Constraints: {
            /**
             * Allergies
             * @default []
             */
            allergies: components["schemas"]["Allergen"][];
            /**
             * Diets
             * @default []
             */
            diets: components["schemas"]["Diet"][];
            /**
             * Equipment
             * @default []
             */
            equipment: components["schemas"]["Equipment"][];
            /**
             * Injuries
             * @default []
             */
            injuries: components["schemas"]["BodyArea"][];
            /**
             * Disliked Foods
             * @default []
             */
            disliked_foods: string[];
        };
        /**
         * CurrentPlanPublic
         * @description The plan now, and the job that will replace it: `pending` while serving is away.
         */
        CurrentPlanPublic: {
            /**
             * Status
             * @description pending while serving has not answered (down or busy): the request is kept
             * @enum {string}
             */
            status: "none" | "pending" | "ready" | "failed";
            plan: components["schemas"]["PlanVersionPublic"] | null;
            /** @description the latest plan or meals job */
            job: components["schemas"]["PlanJobPublic"] | null;
        };
        /**
         * Diet
         * @enum {string}
         */
        Diet: "vegan" | "vegetarian" | "pescatarian" | "halal" | "gluten_free" | "low_carb";
        /**
         * Equipment
         * @description Equipment a user has, normalised from free-exercise-db's equipment names.
         * @enum {string}
         */
        Equipment: "body_only" | "dumbbell" | "barbell" | "kettlebell" | "cable" | "machine" | "bands" | "medicine_ball" | "exercise_ball" | "ez_bar" | "foam_roll" | "other";
        /**
         * Exercise
         * @description One exercise of free-exercise-db with the tags the planner and the injury rules need.
         */
        Exercise: {
            /** Id */
            id: string;
            /** Name */
            name: string;
            /** Force */
            force?: string | null;
            level: components["schemas"]["Experience"];
            /** Mechanic */
            mechanic?: string | null;
            /** @description None means no equipment */
            equipment?: components["schemas"]["Equipment"] | null;
            /** Primary Muscles */
            primary_muscles: components["schemas"]["Muscle"][];
            /**
             * Secondary Muscles
             * @default []
             */
            secondary_muscles: components["schemas"]["Muscle"][];
            /** Category */
            category: string;
            /**
             * Instructions
             * @default []
             */
            instructions: string[];
            /**
             * Patterns
             * @default []
             */
            patterns: components["schemas"]["MovementPattern"][];
        };
        /** ExerciseChange */
        ExerciseChange: {
            /** Day */
            day: number;
            /**
             * Change
             * @enum {string}
             */
            change: "added" | "removed";
            /** Name */
            name: string;
        };
        /** ExercisesPublic */
        ExercisesPublic: {
            /** Data */
            data: components["schemas"]["Exercise"][];
            /** Count */
            count: number;
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
        };
        /** ExpenditurePublic */
        ExpenditurePublic: {
            /**
             * Formula Tdee Kcal
             * @description BMR x activity factor; None if incomplete
             */
            formula_tdee_kcal: number | null;
            /**
             * Expenditure Kcal
             * @description intake minus the change in trend weight (7700 kcal/kg); None until the logs allow it (see `missing`)
             */
            expenditure_kcal: number | null;
            /**
             * Start
             * @description first weigh-in the estimate spans
             */
            start: string | null;
            /**
             * End
             * @description last weigh-in the estimate spans
             */
            end: string | null;
            /** Mean Intake Kcal */
            mean_intake_kcal: number | null;
            /** Trend Change Kg */
            trend_change_kg: number | null;
            /** Intake Days */
            intake_days: number;
            /** Weigh Ins */
            weigh_ins: number;
            /**
             * Missing
             * @description which logs are still needed for an estimate
             */
            missing: string | null;
            /** Use For Targets */
            use_for_targets: boolean;
            /**
             * Calories
             * @description today's calorie target
             */
            calories: number | null;
            /** Last Check In */
            last_check_in: string | null;
            /** Next Check In */
            next_check_in: string | null;
            /** Max Weekly Step Kcal */
            max_weekly_step_kcal: number;
        };
        /** ExpenditureUpdate */
        ExpenditureUpdate: {
            /** Use For Targets */
            use_for_targets: boolean;
        };
        /**
         * Experience
         * @description Training experience; the same three levels free-exercise-db uses for its exercises.
         * @enum {string}
         */
        Experience: "beginner" | "intermediate" | "expert";
        /**
         * ExperimentReport
         * @description The whole report: split check first, then each variant, each metric, the decision.
         */
        ExperimentReport: {
            /** Experiment */
            experiment: string;
            /**
             * Exported At
             * Format: date-time
             */
            exported_at: string;
            control: components["schemas"]["Variant"];
            treatment: components["schemas"]["Variant"];
            settings: components["schemas"]["ReportSettings"];
            sample_ratio: components["schemas"]["SampleRatio"];
            /** Warnings */
            warnings: string[];
            /** Variants */
            variants: components["schemas"]["VariantSummary"][];
            /** Metrics */
            metrics: components["schemas"]["MetricResult"][];
            recommendation: components["schemas"]["Recommendation"];
        };
        /** ExperimentSummary */
        ExperimentSummary: {
            /** Key */
            key: string;
            /**
             * Plans
             * @description plan versions served under this experiment key
             */
            plans: number;
            /** Users */
            users: number;
            /**
             * In Experiment Plans
             * @description versions assigned by the experiment's hash
             */
            in_experiment_plans: number;
            /**
             * Variants
             * @description versions per variant
             */
            variants: {
                [key: string]: number;
            };
            /**
             * First Seen
             * Format: date-time
             */
            first_seen: string;
            /**
             * Last Seen
             * Format: date-time
             */
            last_seen: string;
        };
        /**
         * ExperimentUnits
         * @description `GET /api/v1/experiments/{key}/units` (role scientist): every unit of one experiment.
         *
         *     Attributes:
         *         experiment: Experiment key (serving's `SERVING_EXPERIMENT`).
         *         exported_at: When the export was made.
         *         control: The control variant (the champion, or the reference with no champion).
         *         weights: Intended split at the latest exposure (variant to share): what the
         *             sample-ratio-mismatch test expects.
         *         units: One row per user.
         */
        ExperimentUnits: {
            /** Experiment */
            experiment: string;
            /**
             * Exported At
             * Format: date-time
             */
            exported_at: string;
            control: components["schemas"]["Variant"];
            /** Weights */
            weights: {
                [key: string]: number;
            };
            /** Units */
            units: components["schemas"]["UnitMetrics"][];
        };
        /** ExperimentsPublic */
        ExperimentsPublic: {
            /** Data */
            data: components["schemas"]["ExperimentSummary"][];
            /** Count */
            count: number;
        };
        /**
         * Exposure
         * @description Which variant answered, for the A/B report: one per response.
         *
         *     Attributes:
         *         experiment: Experiment key (settings).
         *         variant: The variant that answered.
         *         model_version: Its registry version; None for the reference planner.
         *         in_experiment: Whether the user was assigned by the experiment's hash (False when
         *             forced, or when only one variant is live).
         *         forced: A scientist chose the variant.
         *         weights: The experiment's split at assignment (variant to share of users): what a
         *             sample-ratio-mismatch test expects.
         */
        Exposure: {
            /** Experiment */
            experiment: string;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            /** In Experiment */
            in_experiment: boolean;
            /**
             * Forced
             * @default false
             */
            forced: boolean;
            /**
             * Weights
             * @default {}
             */
            weights: {
                [key: string]: number;
            };
        };
        /**
         * FeedbackPublic
         * @description Everything the user said about one plan version, with where the plan came from.
         */
        FeedbackPublic: {
            /** Version */
            version: number;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            /** Stars */
            stars: number | null;
            /** Comment */
            comment: string | null;
            /** Thumbs */
            thumbs: components["schemas"]["ThumbPublic"][];
            /** Updated At */
            updated_at: string | null;
        };
        /** FeedbacksPublic */
        FeedbacksPublic: {
            /** Data */
            data: components["schemas"]["FeedbackPublic"][];
            /** Count */
            count: number;
        };
        /**
         * Focus
         * @description What one training day works.
         * @enum {string}
         */
        Focus: "full" | "upper" | "lower" | "push" | "pull" | "legs";
        /**
         * Food
         * @description One food with nutrients per 100 g edible portion (USDA SR28 units).
         */
        Food: {
            /**
             * Id
             * @description USDA NDB number, e.g. '01001' for salted butter
             */
            id: string;
            /** Name */
            name: string;
            /** Group */
            group: string;
            /** Kcal */
            kcal: number;
            /** Protein G */
            protein_g: number;
            /** Carbs G */
            carbs_g: number;
            /** Fat G */
            fat_g: number;
            /** Fibre G */
            fibre_g?: number | null;
            /** Sodium Mg */
            sodium_mg?: number | null;
            /**
             * Portions
             * @default []
             */
            portions: components["schemas"]["Portion"][];
            /**
             * Diets
             * @description diets this food is known to fit; unknown means excluded
             * @default []
             */
            diets: components["schemas"]["Diet"][];
            /**
             * Allergens
             * @default []
             */
            allergens: components["schemas"]["Allergen"][];
        };
        /** FoodPortion */
        FoodPortion: {
            /**
             * Name
             * @description the everyday food's short name
             */
            name: string;
            /** Food Id */
            food_id: string;
            /** Grams */
            grams: number;
            macros: components["schemas"]["Macros"];
        };
        /** FoodsPublic */
        FoodsPublic: {
            /** Data */
            data: components["schemas"]["Food"][];
            /** Count */
            count: number;
            /** Page */
            page: number;
            /** Page Size */
            page_size: number;
        };
        /**
         * Formula
         * @enum {string}
         */
        Formula: "mifflin_st_jeor" | "katch_mcardle" | "harris_benedict_revised";
        /**
         * Goal
         * @enum {string}
         */
        Goal: "lose_fat" | "maintain" | "gain_muscle";
        /** GroceryItem */
        GroceryItem: {
            /** Food Id */
            food_id: string;
            /** Name */
            name: string;
            /** Grams */
            grams: number;
            /**
             * Household
             * @description e.g. "3 large"; None when USDA has no portion
             */
            household: string | null;
            /** @description the USDA portion the household amount counts */
            portion: components["schemas"]["Portion"] | null;
        };
        /** GroceryPublic */
        GroceryPublic: {
            /**
             * Start
             * Format: date
             */
            start: string;
            /**
             * End
             * Format: date
             */
            end: string;
            /**
             * Version
             * @description the plan version the list is for
             */
            version: number;
            /** Data */
            data: components["schemas"]["GroceryItem"][];
            /** Count */
            count: number;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
        /** IntakeAdherence */
        IntakeAdherence: {
            /** Target */
            target: number | null;
            /** Days Logged */
            days_logged: number;
            /** Mean Per Logged Day */
            mean_per_logged_day: number | null;
            /**
             * Percent Of Target
             * @description mean intake on logged days / target
             */
            percent_of_target: number | null;
            /**
             * Days On Target
             * @description logged days within the tolerance
             */
            days_on_target: number | null;
        };
        /** ItemChange */
        ItemChange: {
            /** Day */
            day: number;
            /** Meal */
            meal: number;
            /** Slot */
            slot: string;
            /**
             * Change
             * @enum {string}
             */
            change: "added" | "removed" | "changed";
            /** Name */
            name: string;
            /** Food Id */
            food_id: string;
            /** Grams Before */
            grams_before: number | null;
            /** Grams After */
            grams_after: number | null;
        };
        /**
         * ItemLock
         * @description A locked meal (no `food_id`) or one locked item of it: regeneration keeps it.
         */
        ItemLock: {
            /**
             * Day
             * @description 1 = Monday
             */
            day: number;
            /**
             * Meal
             * @description position of the meal in its day
             */
            meal: number;
            /** Food Id */
            food_id?: string | null;
        };
        /**
         * JobKind
         * @description What a job asks serving for: a full plan, the meals alone, or a reading of the notes.
         * @enum {string}
         */
        JobKind: "plan" | "meals" | "read";
        /**
         * JobStatus
         * @enum {string}
         */
        JobStatus: "pending" | "running" | "done" | "failed";
        /** LocksUpdate */
        LocksUpdate: {
            /** Locks */
            locks: components["schemas"]["ItemLock"][];
        };
        /**
         * MacroTargets
         * @description Daily targets a plan must hit; `warnings` say which safety rule changed the numbers.
         */
        MacroTargets: {
            /** Calories */
            calories: number;
            /** Protein G */
            protein_g: number;
            /** Carbs G */
            carbs_g: number;
            /** Fat G */
            fat_g: number;
            /** Bmr */
            bmr: number;
            /** Tdee */
            tdee: number;
            formula: components["schemas"]["Formula"];
            /**
             * Warnings
             * @default []
             */
            warnings: string[];
        };
        /**
         * Macros
         * @description Energy and macronutrients of a food portion, a meal, a day or a target.
         */
        Macros: {
            /** Kcal */
            kcal: number;
            /** Protein G */
            protein_g: number;
            /** Carbs G */
            carbs_g: number;
            /** Fat G */
            fat_g: number;
        };
        /** Meal */
        Meal: {
            slot: components["schemas"]["MealSlot"];
            /** Items */
            items: components["schemas"]["FoodPortion"][];
            totals: components["schemas"]["Macros"];
        };
        /**
         * MealCreate
         * @description Either a catalog food (`food_id` + `grams`) or a free-form `name` with its macros.
         */
        MealCreate: {
            /** Grams */
            grams?: number | null;
            /** Name */
            name?: string | null;
            /** Kcal */
            kcal?: number | null;
            /** Protein G */
            protein_g?: number | null;
            /** Carbs G */
            carbs_g?: number | null;
            /** Fat G */
            fat_g?: number | null;
            /** Notes */
            notes?: string | null;
            /**
             * Eaten On
             * Format: date
             */
            eaten_on?: string;
            /** Food Id */
            food_id?: string | null;
        };
        /** MealPublic */
        MealPublic: {
            /** Notes */
            notes: string | null;
            /** Id */
            id: number;
            /**
             * Eaten On
             * Format: date
             */
            eaten_on: string;
            /** Food Id */
            food_id: string | null;
            /** Grams */
            grams: number | null;
            /** Name */
            name: string;
            /** Kcal */
            kcal: number;
            /** Protein G */
            protein_g: number;
            /** Carbs G */
            carbs_g: number;
            /** Fat G */
            fat_g: number;
        };
        /**
         * MealSlot
         * @enum {string}
         */
        MealSlot: "breakfast" | "lunch" | "dinner" | "snack";
        /** MealUpdate */
        MealUpdate: {
            /** Grams */
            grams?: number | null;
            /** Name */
            name?: string | null;
            /** Kcal */
            kcal?: number | null;
            /** Protein G */
            protein_g?: number | null;
            /** Carbs G */
            carbs_g?: number | null;
            /** Fat G */
            fat_g?: number | null;
            /** Notes */
            notes?: string | null;
            /** Eaten On */
            eaten_on?: string | null;
        };
        /** MealsPublic */
        MealsPublic: {
            /** Data */
            data: components["schemas"]["MealPublic"][];
            /** Count */
            count: number;
        };
        /**
         * MetricResult
         * @description Treatment against control on one metric; lifts are relative (0.05 = +5 %).
         *
         *     Attributes:
         *         control, treatment: Unadjusted values.
         *         lift: CUPED-adjusted relative lift when `cuped_theta` is non-zero.
         *         std_error: Its delta-method standard error.
         *         users: Users in both arms (events for a latency quantile).
         *         ci, p_value: Fixed-horizon 95 % interval and p-value (valid if read once).
         *         sequential_ci, sequential_p_value: Always-valid interval and p-value (safe to peek).
         *         chance_to_win: Posterior probability the treatment is better.
         *         risk: Expected relative loss of shipping the treatment.
         *         verdict: From the sequential interval.
         *         note: Why there is no lift, when there is none.
         */
        MetricResult: {
            /** Metric */
            metric: string;
            /** Description */
            description: string;
            role: components["schemas"]["domain__experiments__models__Role"];
            /** Higher Is Better */
            higher_is_better: boolean;
            /** Control */
            control: number | null;
            /** Treatment */
            treatment: number | null;
            /** Lift */
            lift?: number | null;
            /** Std Error */
            std_error?: number | null;
            /**
             * Users
             * @default 0
             */
            users: number;
            /** Ci */
            ci?: [
                number,
                number
            ] | null;
            /** P Value */
            p_value?: number | null;
            /** Sequential Ci */
            sequential_ci?: [
                number,
                number
            ] | null;
            /** Sequential P Value */
            sequential_p_value?: number | null;
            /** Chance To Win */
            chance_to_win?: number | null;
            /** Risk */
            risk?: number | null;
            /**
             * Cuped Theta
             * @default 0
             */
            cuped_theta: number;
            /** @default inconclusive */
            verdict: components["schemas"]["Verdict"];
            /** Note */
            note?: string | null;
        };
        /** ModelsResponse */
        ModelsResponse: {
            /** Experiment */
            experiment: string;
            /** Registered Model */
            registered_model: string;
            /** Variants */
            variants: components["schemas"]["VariantInfo"][];
            /** Last Refresh */
            last_refresh: string | null;
            /** Last Error */
            last_error: string | null;
            /** Notes Reader */
            notes_reader?: string | null;
        };
        /**
         * MovementPattern
         * @description Movement patterns that injury rules exclude (see `domain.injuries`).
         * @enum {string}
         */
        MovementPattern: "jumping" | "deep_knee_flexion" | "heavy_hinge" | "spinal_loading" | "overhead_press" | "loaded_wrist_extension" | "elbow_flexion_heavy" | "hip_impact" | "running" | "neck_loading" | "shoulder_end_range";
        /**
         * Muscle
         * @description Muscle names of free-exercise-db, normalised to identifiers.
         * @enum {string}
         */
        Muscle: "abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "quadriceps" | "shoulders" | "traps" | "triceps";
        /**
         * NotesReading
         * @description The constraints a user's notes state; everything the notes do not mention stays empty.
         */
        NotesReading: {
            /** Equipment */
            equipment?: {
                [key: string]: boolean;
            };
            /** Injuries */
            injuries?: {
                [key: string]: boolean;
            };
            /** Allergies */
            allergies?: {
                [key: string]: boolean;
            };
            /** Diets */
            diets?: {
                [key: string]: boolean;
            };
        };
        /**
         * PassTiming
         * @description One model pass: the reading (all sentences) or the draft.
         */
        PassTiming: {
            /** Task */
            task: string;
            /** New Tokens */
            new_tokens: number;
            /** Forward Passes */
            forward_passes: number;
            /** Prompt Tokens */
            prompt_tokens: number;
            /** Seconds */
            seconds: number;
        };
        /** Plan */
        Plan: {
            split: components["schemas"]["Split"];
            /** Days */
            days: components["schemas"]["PlanDay"][];
            /**
             * Weekly Sets
             * @description hard sets per major muscle group
             */
            weekly_sets: {
                [key: string]: number;
            };
            /**
             * Notes
             * @default []
             */
            notes: string[];
            /** Seed */
            seed: number;
        };
        /**
         * PlanDay
         * @description One day of the week (1 = Monday); `focus` is None on rest days.
         */
        PlanDay: {
            /** Day */
            day: number;
            focus?: components["schemas"]["Focus"] | null;
            /**
             * Exercises
             * @default []
             */
            exercises: components["schemas"]["PlannedExercise"][];
            /**
             * Menu
             * @description index of the day template (menu) this day eats
             */
            menu: number;
            /** Meals */
            meals: components["schemas"]["Meal"][];
            target: components["schemas"]["Macros"];
            totals: components["schemas"]["Macros"];
        };
        /**
         * PlanDiff
         * @description What changed from one version to another: targets, meal items, exercises.
         */
        PlanDiff: {
            /** From Version */
            from_version: number;
            /** To Version */
            to_version: number;
            /** Targets */
            targets: components["schemas"]["TargetChange"][];
            /** Meals */
            meals: components["schemas"]["ItemChange"][];
            /** Exercises */
            exercises: components["schemas"]["ExerciseChange"][];
        };
        /**
         * PlanJobPublic
         * @description A queued call to serving; `pending` and `running` mean the answer has not come yet.
         */
        PlanJobPublic: {
            /** Id */
            id: number;
            kind: components["schemas"]["JobKind"];
            status: components["schemas"]["JobStatus"];
            /** Reason */
            reason: string;
            /** Detail */
            detail: string;
            /** Attempts */
            attempts: number;
            /**
             * Next Attempt At
             * Format: date-time
             */
            next_attempt_at: string;
            /**
             * Error
             * @description the last failure, permanent or to be retried
             */
            error: string | null;
            /**
             * Reasons
             * @description serving's reasons when a profile cannot be planned
             */
            reasons: components["schemas"]["Reason"][];
            /**
             * Version
             * @description the plan version the job made, once done
             */
            version: number | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Finished At */
            finished_at: string | null;
        };
        /**
         * PlanSource
         * @description How the plan was made, from most to least model-driven.
         * @enum {string}
         */
        PlanSource: "model" | "repaired" | "reference" | "reference_form";
        /** PlanVersionPublic */
        PlanVersionPublic: {
            /** Version */
            version: number;
            kind: components["schemas"]["JobKind"];
            /** Reason */
            reason: string;
            /**
             * Detail
             * @description why this version was made
             */
            detail: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            source: components["schemas"]["PlanSource"];
            /** Notes Read */
            notes_read: boolean;
            /** Repaired */
            repaired: boolean;
            /**
             * Fallback
             * @description the exact planner answered for a model variant
             */
            fallback: boolean;
            /** Latency S */
            latency_s: number;
            plan: components["schemas"]["Plan"];
            targets: components["schemas"]["MacroTargets"];
            exposure: components["schemas"]["Exposure"];
            provenance: components["schemas"]["Provenance"];
            /** Locks */
            locks: components["schemas"]["ItemLock"][];
            /** @description against the version before; None for the first */
            diff: components["schemas"]["PlanDiff"] | null;
        };
        /** PlanVersionSummary */
        PlanVersionSummary: {
            /** Version */
            version: number;
            kind: components["schemas"]["JobKind"];
            /** Reason */
            reason: string;
            /**
             * Detail
             * @description why this version was made
             */
            detail: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            source: components["schemas"]["PlanSource"];
            /** Notes Read */
            notes_read: boolean;
            /** Repaired */
            repaired: boolean;
            /**
             * Fallback
             * @description the exact planner answered for a model variant
             */
            fallback: boolean;
            /** Latency S */
            latency_s: number;
            /** Calories */
            calories: number;
        };
        /** PlanVersionsPublic */
        PlanVersionsPublic: {
            /** Data */
            data: components["schemas"]["PlanVersionSummary"][];
            /** Count */
            count: number;
        };
        /** PlannedExercise */
        PlannedExercise: {
            /** Name */
            name: string;
            /** Exercise Id */
            exercise_id: string;
            /** Sets */
            sets: number;
            /** Reps Min */
            reps_min: number;
            /** Reps Max */
            reps_max: number;
            /** Rest S */
            rest_s: number;
        };
        /**
         * Portion
         * @description A household measure from USDA's WEIGHT table, e.g. "1 cup, chopped" = 160 g.
         */
        Portion: {
            /** Label */
            label: string;
            /** Grams */
            grams: number;
        };
        /**
         * PreferenceRecord
         * @description One piece of feedback on one served plan version, with what was served.
         *
         *     `GET /api/v1/experiments/feedback` (role scientist) lists them; the pipelines turn them into
         *     chosen/rejected pairs for preference tuning (same user, or same request shape).
         *
         *     Attributes:
         *         unit: Opaque hash of the user id.
         *         variant, model_version: Where the plan came from.
         *         prompt_request: The `PlanRequest` (JSON) the plan was made for, notes' reading applied.
         *         notes: The user's notes.
         *         draft: The served plan written as a lean draft (`domain.plan.draft.PlanDraft` JSON).
         *         stars: 1-5 stars for the plan version, or None.
         *         thumbs: Item name to +1 / -1 for per-meal and per-exercise thumbs.
         *         at: When the feedback was given.
         */
        PreferenceRecord: {
            /** Unit */
            unit: string;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            /** Prompt Request */
            prompt_request: string;
            /** Notes */
            notes: string;
            /** Draft */
            draft: string;
            /** Stars */
            stars?: number | null;
            /**
             * Thumbs
             * @default {}
             */
            thumbs: {
                [key: string]: number;
            };
            /**
             * At
             * Format: date-time
             */
            at: string;
        };
        /**
         * ProfileIn
         * @description PUT and PATCH body; height and weight may come in metric or imperial units.
         */
        ProfileIn: {
            /** Units */
            units?: ("metric" | "imperial") | null;
            sex?: components["schemas"]["Sex"] | null;
            /** Birth Date */
            birth_date?: string | null;
            /** Age */
            age?: number | null;
            /** Height Cm */
            height_cm?: number | null;
            /** Height Ft */
            height_ft?: number | null;
            /** Height In */
            height_in?: number | null;
            /** Weight Kg */
            weight_kg?: number | null;
            /** Weight Lb */
            weight_lb?: number | null;
            /** Body Fat Pct */
            body_fat_pct?: number | null;
            activity_level?: components["schemas"]["ActivityLevel"] | null;
            goal?: components["schemas"]["Goal"] | null;
            /** Days Per Week */
            days_per_week?: number | null;
            experience?: components["schemas"]["Experience"] | null;
            /** Equipment */
            equipment?: components["schemas"]["Equipment"][] | null;
            /** Injuries */
            injuries?: components["schemas"]["BodyArea"][] | null;
            /** Liked Exercises */
            liked_exercises?: string[] | null;
            /** Liked Foods */
            liked_foods?: string[] | null;
            /** Disliked Foods */
            disliked_foods?: string[] | null;
            /** Allergies */
            allergies?: components["schemas"]["Allergen"][] | null;
            /** Diets */
            diets?: components["schemas"]["Diet"][] | null;
            /** Notes */
            notes?: string | null;
        };
        /**
         * ProfilePublic
         * @description The profile in metric units; the imperial fields are filled when units is imperial.
         */
        ProfilePublic: {
            /**
             * Units
             * @enum {string}
             */
            units: "metric" | "imperial";
            sex: components["schemas"]["Sex"] | null;
            /** Birth Date */
            birth_date: string | null;
            /** Age */
            age: number | null;
            /** Height Cm */
            height_cm: number | null;
            /** Weight Kg */
            weight_kg: number | null;
            /** Body Fat Pct */
            body_fat_pct: number | null;
            activity_level: components["schemas"]["ActivityLevel"] | null;
            goal: components["schemas"]["Goal"] | null;
            /** Days Per Week */
            days_per_week: number | null;
            experience: components["schemas"]["Experience"] | null;
            /** Equipment */
            equipment: components["schemas"]["Equipment"][];
            /** Injuries */
            injuries: components["schemas"]["BodyArea"][];
            /** Liked Exercises */
            liked_exercises: string[];
            /** Liked Foods */
            liked_foods: string[];
            /** Disliked Foods */
            disliked_foods: string[];
            /** Allergies */
            allergies: components["schemas"]["Allergen"][];
            /** Diets */
            diets: components["schemas"]["Diet"][];
            /** Notes */
            notes: string | null;
            /** Height Ft */
            height_ft?: number | null;
            /** Height In */
            height_in?: number | null;
            /** Weight Lb */
            weight_lb?: number | null;
            /** Missing For Targets */
            missing_for_targets: string[];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ProgressPublic */
        ProgressPublic: {
            /** Days */
            days: number;
            /**
             * Start
             * Format: date
             */
            start: string;
            /**
             * End
             * Format: date
             */
            end: string;
            weight: components["schemas"]["WeightProgress"];
            calories: components["schemas"]["IntakeAdherence"];
            protein: components["schemas"]["IntakeAdherence"];
            workouts: components["schemas"]["WorkoutCompletion"];
        };
        /**
         * PromotionCreate
         * @description The challenger version the scientist approved; None promotes whatever `@challenger` is
         *     when the pipelines run (they refuse if it moved since an approved version).
         */
        PromotionCreate: {
            /** Challenger Version */
            challenger_version?: string | null;
        };
        /**
         * PromotionOutcome
         * @description What the promotion did: `done` with the new champion, or `failed` with the reason.
         */
        PromotionOutcome: {
            status: components["schemas"]["PromotionStatus"];
            /** Champion Version */
            champion_version?: string | null;
            /**
             * Detail
             * @default
             */
            detail: string;
        };
        /**
         * PromotionPublic
         * @description A request as the pipelines read it (`domain.api.promotions`), and what became of it.
         */
        PromotionPublic: {
            /** Id */
            id: number;
            /** Experiment */
            experiment: string;
            /** Challenger Version */
            challenger_version?: string | null;
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
            /** @default pending */
            status: components["schemas"]["PromotionStatus"];
            /** Requested By */
            requested_by: number | null;
            /** Champion Version */
            champion_version: string | null;
            /** Detail */
            detail: string;
            /** Completed By */
            completed_by: number | null;
            /** Completed At */
            completed_at: string | null;
        };
        /**
         * PromotionStatus
         * @enum {string}
         */
        PromotionStatus: "pending" | "done" | "failed";
        /**
         * Provenance
         * @description Where the plan came from and what it cost.
         *
         *     Attributes:
         *         source: Model, repaired draft, reference planner, or the planner on the form alone.
         *         notes_read: Whether a model read the notes; False means the notes were not enforced
         *             (the reference variant says so here).
         *         reading: What was read and enforced (empty when nothing was).
         *         repairs: What serving changed in the model's draft.
         *         passes: The model passes made.
         *         seconds: Wall time of the whole plan, solver included.
         *         wishes: What the model read the user would like more or less of, and planned for
         *             (never enforced; empty for the reference planner and in older plans).
         *         refused_foods: Food terms the notes refuse ("can't stand olives") that the plan left
         *             out as dislikes (empty in older plans).
         */
        Provenance: {
            source: components["schemas"]["PlanSource"];
            /** Notes Read */
            notes_read: boolean;
            reading: components["schemas"]["NotesReading"];
            /** Repairs */
            repairs: components["schemas"]["Repair"][];
            /** Passes */
            passes: components["schemas"]["PassTiming"][];
            /** Seconds */
            seconds: number;
            /**
             * @default {
             *       "favourite_foods": [],
             *       "fewer_foods": [],
             *       "enjoyed_exercises": [],
             *       "boring_exercises": []
             *     }
             */
            wishes: components["schemas"]["SoftPreferences"];
            /**
             * Refused Foods
             * @default []
             */
            refused_foods: string[];
        };
        /** RatingIn */
        RatingIn: {
            /**
             * Stars
             * @description 1-5 stars; null clears them
             */
            stars: number | null;
            /** Comment */
            comment?: string | null;
        };
        /**
         * ReadingAccept
         * @description The constraints the user confirms (the suggestions as they are, or edited); each is
         *     added to the profile's structured fields.
         */
        ReadingAccept: {
            /**
             * Allergies
             * @default []
             */
            allergies: components["schemas"]["Allergen"][];
            /**
             * Diets
             * @default []
             */
            diets: components["schemas"]["Diet"][];
            /**
             * Equipment
             * @default []
             */
            equipment: components["schemas"]["Equipment"][];
            /**
             * Injuries
             * @default []
             */
            injuries: components["schemas"]["BodyArea"][];
            /**
             * Disliked Foods
             * @default []
             */
            disliked_foods: string[];
        };
        /**
         * ReadingPublic
         * @description What serving understood in the notes; nothing of it applies until the user accepts.
         */
        ReadingPublic: {
            status: components["schemas"]["ReadingStatus"];
            /**
             * Notes Read
             * @description false: no model read the notes (none is live), so nothing was understood; add the constraints in the form
             */
            notes_read: boolean | null;
            /** @description everything the reading found */
            suggestions: components["schemas"]["Constraints"];
            /** @description what it found that the profile does not hold yet */
            new: components["schemas"]["Constraints"];
            job: components["schemas"]["PlanJobPublic"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Decided At */
            decided_at: string | null;
        };
        /**
         * ReadingStatus
         * @enum {string}
         */
        ReadingStatus: "pending" | "ready" | "failed" | "accepted";
        /** Reason */
        Reason: {
            /** Code */
            code: string;
            /** Message */
            message: string;
        };
        /**
         * Recommendation
         * @description What to do, why, and for `keep_collecting` how many users would settle it.
         *
         *     Attributes:
         *         users_needed: Users in both compared arms at which one look has the target power at
         *             the observed lift (None when no lift was observed).
         *         additional_users: `users_needed` less the users already in.
         */
        Recommendation: {
            action: components["schemas"]["Action"];
            /** Reason */
            reason: string;
            /** Users Needed */
            users_needed?: number | null;
            /** Additional Users */
            additional_users?: number | null;
        };
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /**
         * RegenerateRequest
         * @description Redo one day's meals, or one meal of it; everything else and every lock stays.
         */
        RegenerateRequest: {
            /**
             * Day
             * @description 1 = Monday
             */
            day: number;
            /** Meal */
            meal?: number | null;
        };
        /**
         * Repair
         * @description One change made to a draft; `code` names the broken constraint behind a drop.
         */
        Repair: {
            kind: components["schemas"]["RepairKind"];
            /** Where */
            where: string;
            /** Message */
            message: string;
            code?: components["schemas"]["ViolationCode"] | null;
        };
        /**
         * RepairKind
         * @enum {string}
         */
        RepairKind: "fuzzy_match" | "unknown_name" | "dropped" | "added" | "schedule" | "menu";
        /**
         * ReportSettings
         * @description How the report tests and decides.
         *
         *     Attributes:
         *         alpha: Two-sided level of every interval and test.
         *         sequential_tuning: GrowthBook's sequential tuning parameter: the users (both arms) at
         *             which the always-valid interval is tightest.
         *         srm_threshold: p-value under which the split counts as broken.
         *         target_power: Power the "users still needed" estimate aims for.
         *         treatment: The variant compared with the export's control.
         *         primary: The metric the decision rests on.
         *         guardrails: Metrics the treatment must not be significantly worse on.
         */
        ReportSettings: {
            /**
             * Alpha
             * @default 0.05
             */
            alpha: number;
            /**
             * Sequential Tuning
             * @default 5000
             */
            sequential_tuning: number;
            /**
             * Srm Threshold
             * @default 0.001
             */
            srm_threshold: number;
            /**
             * Target Power
             * @default 0.8
             */
            target_power: number;
            /** @default challenger */
            treatment: components["schemas"]["Variant"];
            /**
             * Primary
             * @default adherence
             */
            primary: string;
            /**
             * Guardrails
             * @default [
             *       "fallback_rate",
             *       "latency_p95",
             *       "mean_rating"
             *     ]
             */
            guardrails: string[];
        };
        /**
         * Role
         * @enum {string}
         */
        "Role-Input": "user" | "scientist" | "admin";
        /** RoleUpdate */
        RoleUpdate: {
            role: components["schemas"]["Role-Input"];
        };
        /**
         * SampleRatio
         * @description The split check, flagged before anything else is read.
         */
        SampleRatio: {
            /** Users */
            users: {
                [key: string]: number;
            };
            /** Weights */
            weights: {
                [key: string]: number;
            };
            /** P Value */
            p_value: number;
            /** Mismatch */
            mismatch: boolean;
        };
        /**
         * Sex
         * @enum {string}
         */
        Sex: "male" | "female";
        /**
         * SoftPreferences
         * @description Wishes stated only in a user's notes; each is honoured or not by a served plan.
         */
        SoftPreferences: {
            /**
             * Favourite Foods
             * @default []
             */
            favourite_foods: string[];
            /**
             * Fewer Foods
             * @default []
             */
            fewer_foods: string[];
            /**
             * Enjoyed Exercises
             * @default []
             */
            enjoyed_exercises: string[];
            /**
             * Boring Exercises
             * @default []
             */
            boring_exercises: string[];
        };
        /**
         * Split
         * @description How the training week is divided; also the `split` a draft names.
         * @enum {string}
         */
        Split: "full_body" | "upper_lower" | "push_pull_legs" | "upper_lower_ppl";
        /** TargetChange */
        TargetChange: {
            /** Name */
            name: string;
            /** Before */
            before: number;
            /** After */
            after: number;
        };
        /**
         * ThumbIn
         * @description Thumbs on one meal (its position in the day) or one exercise (its position).
         */
        ThumbIn: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "meal" | "exercise";
            /**
             * Day
             * @description 1 = Monday
             */
            day: number;
            /** Position */
            position: number;
            /**
             * Up
             * @description true up, false down, null takes the thumb back
             */
            up: boolean | null;
        };
        /** ThumbPublic */
        ThumbPublic: {
            /**
             * Kind
             * @enum {string}
             */
            kind: "meal" | "exercise";
            /** Day */
            day: number;
            /** Position */
            position: number;
            /**
             * Item
             * @description the exercise, or the meal's foods
             */
            item: string;
            /** Up */
            up: boolean;
        };
        /** Token */
        Token: {
            /** Access Token */
            access_token: string;
            /** Refresh Token */
            refresh_token: string;
            /**
             * Token Type
             * @default bearer
             * @constant
             */
            token_type: "bearer";
            /**
             * Expires In
             * @description access token lifetime in seconds
             */
            expires_in: number;
        };
        /** TrendPoint */
        TrendPoint: {
            /**
             * Day
             * Format: date
             */
            day: string;
            /**
             * Weight Kg
             * @description the day's mean logged weight
             */
            weight_kg: number;
            /**
             * Trend Kg
             * @description exponentially smoothed weight (alpha 0.1)
             */
            trend_kg: number;
        };
        /**
         * UnitMetrics
         * @description One user's outcomes under the variant they were assigned, since their first exposure.
         *
         *     Attributes:
         *         unit: Opaque hash of the user id (stable within one export).
         *         variant: The variant the user's plans came from.
         *         model_version: Registry version of that variant at the user's latest plan.
         *         first_exposure: When the user first got a plan in this experiment.
         *         plans: Plan versions made for the user.
         *         ratings, rating_sum, ratings_4plus: Plan ratings (1-5 stars): count, sum, count >= 4.
         *         thumbs_up, thumbs_down: Per-meal and per-exercise thumbs.
         *         adherence_hits, adherence_total: Planned meals and workouts the user logged as done,
         *             over those planned so far (a ratio metric).
         *         repaired, fallbacks: Plans served from a repaired draft, and by the exact planner
         *             although a model variant was assigned.
         *         latencies: Serving latency of each plan, seconds.
         *         pre_adherence_hits, pre_adherence_total: The same adherence over the weeks before the
         *             first exposure (the covariate CUPED adjusts by); None without a pre-period.
         */
        UnitMetrics: {
            /** Unit */
            unit: string;
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            /**
             * First Exposure
             * Format: date-time
             */
            first_exposure: string;
            /** Plans */
            plans: number;
            /**
             * Ratings
             * @default 0
             */
            ratings: number;
            /**
             * Rating Sum
             * @default 0
             */
            rating_sum: number;
            /**
             * Ratings 4Plus
             * @default 0
             */
            ratings_4plus: number;
            /**
             * Thumbs Up
             * @default 0
             */
            thumbs_up: number;
            /**
             * Thumbs Down
             * @default 0
             */
            thumbs_down: number;
            /**
             * Adherence Hits
             * @default 0
             */
            adherence_hits: number;
            /**
             * Adherence Total
             * @default 0
             */
            adherence_total: number;
            /**
             * Repaired
             * @default 0
             */
            repaired: number;
            /**
             * Fallbacks
             * @default 0
             */
            fallbacks: number;
            /**
             * Latencies
             * @default []
             */
            latencies: number[];
            /** Pre Adherence Hits */
            pre_adherence_hits?: number | null;
            /** Pre Adherence Total */
            pre_adherence_total?: number | null;
        };
        /** UserPublic */
        UserPublic: {
            /** Id */
            id: number;
            /** Email */
            email: string;
            role: components["schemas"]["app__models__Role"];
            /** Is Active */
            is_active: boolean;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
        };
        /** UserRegister */
        UserRegister: {
            /**
             * Email
             * Format: email
             */
            email: string;
            /** Password */
            password: string;
        };
        /** UsersPublic */
        UsersPublic: {
            /** Data */
            data: components["schemas"]["UserPublic"][];
            /** Count */
            count: number;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
            /** Input */
            input?: unknown;
            /** Context */
            ctx?: Record<string, never>;
        };
        /**
         * Variant
         * @description What answers a request: a registry alias's model, or the exact planner alone.
         * @enum {string}
         */
        Variant: "champion" | "challenger" | "reference";
        /**
         * VariantInfo
         * @description One live variant: what it runs and how much traffic it gets.
         */
        VariantInfo: {
            variant: components["schemas"]["Variant"];
            /** Model Version */
            model_version: string | null;
            /** Weight */
            weight: number;
            /** Loaded At */
            loaded_at?: string | null;
            /** Run Id */
            run_id?: string | null;
            /** Onnx Precision */
            onnx_precision?: string | null;
        };
        /**
         * VariantSummary
         * @description One variant's users, plans and unadjusted metric values (None where undefined).
         */
        VariantSummary: {
            variant: components["schemas"]["Variant"];
            /** Model Versions */
            model_versions: string[];
            /** Users */
            users: number;
            /** Plans */
            plans: number;
            /** Values */
            values: {
                [key: string]: number | null;
            };
        };
        /**
         * Verdict
         * @description Where the always-valid interval puts the treatment, in the metric's good direction.
         * @enum {string}
         */
        Verdict: "better" | "worse" | "inconclusive";
        /**
         * ViolationCode
         * @enum {string}
         */
        ViolationCode: "allergen" | "diet" | "disliked_food" | "unknown_food" | "portion_bounds" | "meals_per_day" | "macros" | "unknown_exercise" | "equipment" | "injury" | "exercise_level" | "not_strength" | "days_per_week" | "rest_spacing" | "weekly_sets";
        /** WeightCreate */
        WeightCreate: {
            /** Weight Kg */
            weight_kg: number;
            /**
             * Measured On
             * Format: date
             */
            measured_on?: string;
        };
        /** WeightProgress */
        WeightProgress: {
            /** Points */
            points: components["schemas"]["TrendPoint"][];
            /** Trend Kg */
            trend_kg: number | null;
            /**
             * Weekly Rate Kg
             * @description kg per week, from the trend; None if <2 days
             */
            weekly_rate_kg: number | null;
        };
        /** WeightPublic */
        WeightPublic: {
            /** Id */
            id: number;
            /**
             * Measured On
             * Format: date
             */
            measured_on: string;
            /** Weight Kg */
            weight_kg: number;
            /** Weight Lb */
            weight_lb: number;
        };
        /** WeightUpdate */
        WeightUpdate: {
            /** Weight Kg */
            weight_kg?: number | null;
            /** Measured On */
            measured_on?: string | null;
        };
        /** WeightsPublic */
        WeightsPublic: {
            /** Data */
            data: components["schemas"]["WeightPublic"][];
            /** Count */
            count: number;
        };
        /** WorkoutCompletion */
        WorkoutCompletion: {
            /**
             * Sessions
             * @description distinct days with at least one workout logged
             */
            sessions: number;
            /**
             * Planned
             * @description days_per_week scaled to the window
             */
            planned: number | null;
            /** Percent */
            percent: number | null;
        };
        /** WorkoutCreate */
        WorkoutCreate: {
            /** Sets */
            sets?: number | null;
            /** Reps */
            reps?: number | null;
            /** Load Kg */
            load_kg?: number | null;
            /** Duration Min */
            duration_min?: number | null;
            /** Notes */
            notes?: string | null;
            /** Exercise */
            exercise: string;
            /**
             * Performed On
             * Format: date
             */
            performed_on?: string;
        };
        /** WorkoutPublic */
        WorkoutPublic: {
            /** Notes */
            notes: string | null;
            /** Id */
            id: number;
            /** Exercise */
            exercise: string;
            /**
             * Performed On
             * Format: date
             */
            performed_on: string;
            /** Sets */
            sets: number | null;
            /** Reps */
            reps: number | null;
            /** Load Kg */
            load_kg: number | null;
            /** Duration Min */
            duration_min: number | null;
        };
        /** WorkoutUpdate */
        WorkoutUpdate: {
            /** Sets */
            sets?: number | null;
            /** Reps */
            reps?: number | null;
            /** Load Kg */
            load_kg?: number | null;
            /** Duration Min */
            duration_min?: number | null;
            /** Notes */
            notes?: string | null;
            /** Exercise */
            exercise?: string | null;
            /** Performed On */
            performed_on?: string | null;
        };
        /** WorkoutsPublic */
        WorkoutsPublic: {
            /** Data */
            data: components["schemas"]["WorkoutPublic"][];
            /** Count */
            count: number;
        };
        /**
         * Role
         * @enum {string}
         */
        app__models__Role: "user" | "scientist" | "admin";
        /**
         * Role
         * @enum {string}
         */
        domain__experiments__models__Role: "primary" | "guardrail" | "secondary";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    healthz_healthz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    readyz_readyz_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string;
                    };
                };
            };
        };
    };
    register_api_v1_auth_register_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRegister"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    login_api_v1_auth_login_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Body_login_api_v1_auth_login_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    refresh_api_v1_auth_refresh_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Token"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    logout_api_v1_auth_logout_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_me_api_v1_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
        };
    };
    read_profile_api_v1_me_profile_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePublic"];
                };
            };
        };
    };
    replace_profile_api_v1_me_profile_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    patch_profile_api_v1_me_profile_patch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_targets_api_v1_me_targets_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MacroTargets"];
                };
            };
        };
    };
    list_weights_api_v1_me_weights_get: {
        parameters: {
            query?: {
                /** @description first day, inclusive */
                from?: string | null;
                /** @description last day, inclusive */
                to?: string | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightsPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    log_weight_api_v1_me_weights_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WeightCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_weight_api_v1_me_weights__weight_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                weight_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_weight_api_v1_me_weights__weight_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                weight_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_weight_api_v1_me_weights__weight_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                weight_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WeightUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeightPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_workouts_api_v1_me_workouts_get: {
        parameters: {
            query?: {
                /** @description first day, inclusive */
                from?: string | null;
                /** @description last day, inclusive */
                to?: string | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkoutsPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    log_workout_api_v1_me_workouts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkoutCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkoutPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_workout_api_v1_me_workouts__workout_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkoutPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_workout_api_v1_me_workouts__workout_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_workout_api_v1_me_workouts__workout_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                workout_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WorkoutUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkoutPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_meals_api_v1_me_meals_get: {
        parameters: {
            query?: {
                /** @description first day, inclusive */
                from?: string | null;
                /** @description last day, inclusive */
                to?: string | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MealsPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    log_meal_api_v1_me_meals_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MealCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MealPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_meal_api_v1_me_meals__meal_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MealPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_meal_api_v1_me_meals__meal_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meal_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_meal_api_v1_me_meals__meal_id__patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meal_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MealUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MealPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_progress_api_v1_me_progress_get: {
        parameters: {
            query?: {
                /** @description window length, ending today */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_current_api_v1_me_plans_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentPlanPublic"];
                };
            };
        };
    };
    request_plan_api_v1_me_plans_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanJobPublic"];
                };
            };
        };
    };
    list_history_api_v1_me_plans_history_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionsPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_job_api_v1_me_plans_jobs__job_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanJobPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_adherence_api_v1_me_plans_adherence_get: {
        parameters: {
            query?: {
                /** @description window length, ending today */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdherencePublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_version_api_v1_me_plans__version__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    diff_versions_api_v1_me_plans__version__diff__other__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
                /** @description the user's plan version */
                other: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDiff"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    set_locks_api_v1_me_plans__version__locks_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LocksUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanVersionPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    regenerate_api_v1_me_plans__version__regenerate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanJobPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_reading_api_v1_me_notes_reading_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadingPublic"];
                };
            };
        };
    };
    request_reading_api_v1_me_notes_reading_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadingPublic"];
                };
            };
        };
    };
    accept_reading_api_v1_me_notes_reading_accept_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReadingAccept"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilePublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_feedback_api_v1_me_feedback_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbacksPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_feedback_api_v1_me_feedback__version__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    rate_version_api_v1_me_feedback__version__put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    thumb_item_api_v1_me_feedback__version__thumbs_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the user's plan version */
                version: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThumbIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedbackPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_grocery_api_v1_me_grocery_get: {
        parameters: {
            query?: {
                /** @description first day, inclusive (default today) */
                from?: string | null;
                /** @description last day, inclusive (default a week on) */
                to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroceryPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_expenditure_api_v1_me_expenditure_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenditurePublic"];
                };
            };
        };
    };
    set_expenditure_api_v1_me_expenditure_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpenditureUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpenditurePublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_users_api_v1_admin_users_get: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    set_role_api_v1_admin_users__user_id__role_patch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleUpdate"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    search_foods_api_v1_foods_get: {
        parameters: {
            query?: {
                q?: string | null;
                group?: string | null;
                /** @description 1-based page number */
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FoodsPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_food_api_v1_foods__food_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                food_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Food"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    search_exercises_api_v1_exercises_get: {
        parameters: {
            query?: {
                q?: string | null;
                muscle?: components["schemas"]["Muscle"] | null;
                equipment?: components["schemas"]["Equipment"] | null;
                level?: components["schemas"]["Experience"] | null;
                /** @description 1-based page number */
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExercisesPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_experiments_api_v1_experiments_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentsPublic"];
                };
            };
        };
    };
    read_models_api_v1_experiments_models_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelsResponse"];
                };
            };
        };
    };
    list_feedback_api_v1_experiments_feedback_get: {
        parameters: {
            query?: {
                experiment?: string | null;
                /** @description only feedback given after */
                since?: string | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferenceRecord"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_promotions_api_v1_experiments_promotions_get: {
        parameters: {
            query?: {
                status?: components["schemas"]["PromotionStatus"] | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPublic"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    complete_promotion_api_v1_experiments_promotions__promotion_id__complete_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotion_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromotionOutcome"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    request_promotion_api_v1_experiments__key__promote_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the experiment key */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromotionCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromotionPublic"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    export_units_api_v1_experiments__key__units_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description the experiment key */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentUnits"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    read_report_api_v1_experiments__key__report_get: {
        parameters: {
            query?: {
                /** @description the metric the decision rests on */
                primary?: string | null;
                /** @description two-sided level */
                alpha?: number | null;
            };
            header?: never;
            path: {
                /** @description the experiment key */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExperimentReport"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
