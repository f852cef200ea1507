#pragma once
// The facts My situation holds beyond the common ones (system, benefit, municipality, registration
// and joblog dates), and the bounds of each number it can hold: stated once here, read by the
// profile reader (what a file may hold), by system_choices (which facts a system's rules read, so
// the form asks for them) and, through the choices, by the form (issue 11: no field or bound in UI
// code).
#include <string_view>

namespace jobbplan {

enum class SituationField {
    benefit_since,           // dk: dagpenge since (the spell's start)
    applications_per_week,   // dk: Min Plan's "Krav til jobsøgning"
    birth_date,              // fi: Borgå's target group under 30
    mother_tongue,           // fi: Borgå's target group with a foreign mother tongue
    part_time,               // fi: more hours in part-time work counts as a way to apply
    in_employment_service,   // fi: Borgå's target group in employment services
    agreed_per_month,        // fi: agreed in the employment plan (up to the pack's max); se: the Överenskommelse's own
    plan_agreed_on,          // fi: the day the plan with the number was made
    commute_minutes,         // se: how far one way the jobseeker looks for work
    child_birth_date,        // se: parental leave's certificate and active planning
    addiction_treatment,     // se: in treatment with beroendeenheten
    availability,            // se: available in full or limited, and why
    activity_trip_km,        // se: the trip to an activity that needs a bus card
};

// The lowest and highest value a number may hold in a stored profile. The form also offers 0 for
// "not entered" where the lowest is above it (the profile then holds no value).
struct NumberBounds {
    int min = 0;
    int max = 0;
};

inline constexpr NumberBounds kApplicationsPerWeekBounds{1, 20};
inline constexpr NumberBounds kCommuteMinutesBounds{0, 24 * 60};
inline constexpr NumberBounds kActivityTripKmBounds{0, 1000};
// fi's cap is the pack's fi.applications.monthly_max (seed 000: "högst fyra"); a file is read with
// the seed's 4. Trelleborg's Överenskommelse sets its own number, which the seed does not cap
// (004 "kvantitativa krav"): bounded only as a sane monthly count.
inline constexpr NumberBounds kAgreedPerMonthFinlandBounds{0, 4};
inline constexpr NumberBounds kAgreedPerMonthTrelleborgBounds{0, 60};

}  // namespace jobbplan
