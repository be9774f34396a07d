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
         * @description Replace the profile; height and weight changes are added to the history.
         */
        put: operations["replace_profile_api_v1_me_profile_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Patch Profile
         * @description Change some profile fields; height and weight changes are added to the history.
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
         * @description Log a body weight; the latest becomes the profile's current weight.
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ActivityLevel
         * @enum {string}
         */
        ActivityLevel: "sedentary" | "light" | "moderate" | "active" | "very_active";
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
        /**
         * Experience
         * @description Training experience; the same three levels free-exercise-db uses for its exercises.
         * @enum {string}
         */
        Experience: "beginner" | "intermediate" | "expert";
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
         * MovementPattern
         * @description Movement patterns that injury rules exclude (see `domain.injuries`).
         * @enum {string}
         */
        MovementPattern: "jumping" | "deep_knee_flexion" | "heavy_hinge" | "spinal_loading" | "overhead_press" | "loaded_wrist_extension" | "elbow_flexion_heavy" | "hip_impact" | "running" | "neck_loading";
        /**
         * Muscle
         * @description Muscle names of free-exercise-db, normalised to identifiers.
         * @enum {string}
         */
        Muscle: "abdominals" | "abductors" | "adductors" | "biceps" | "calves" | "chest" | "forearms" | "glutes" | "hamstrings" | "lats" | "lower_back" | "middle_back" | "neck" | "quadriceps" | "shoulders" | "traps" | "triceps";
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
            diet?: components["schemas"]["Diet"] | null;
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
            diet: components["schemas"]["Diet"] | null;
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
        /** RefreshRequest */
        RefreshRequest: {
            /** Refresh Token */
            refresh_token: string;
        };
        /**
         * Role
         * @enum {string}
         */
        Role: "user" | "scientist" | "admin";
        /** RoleUpdate */
        RoleUpdate: {
            role: components["schemas"]["Role"];
        };
        /**
         * Sex
         * @enum {string}
         */
        Sex: "male" | "female";
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
        /** UserPublic */
        UserPublic: {
            /** Id */
            id: number;
            /** Email */
            email: string;
            role: components["schemas"]["Role"];
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
}
