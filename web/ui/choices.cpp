#include "ui/choices.hpp"

#include "jobbplan/profile.hpp"

namespace jobbplan::web::ui {

std::span<const Choice> categories_for(std::string_view system) {
    // Finland: the ten ways to fulfil the obligation (seed 000); elsewhere advertised or not.
    static constexpr Choice fi[] = {
        {"fi.job_2_weeks", "ui.category.fi.job_2_weeks"},         {"fi.offered_job", "ui.category.fi.offered_job"},
        {"fi.more_hours", "ui.category.fi.more_hours"},           {"fi.entrepreneur", "ui.category.fi.entrepreneur"},
        {"fi.job_market_profile", "ui.category.fi.job_market_profile"},
        {"fi.staffing_register", "ui.category.fi.staffing_register"},
        {"fi.kuntarekry", "ui.category.fi.kuntarekry"},           {"fi.open_application", "ui.category.fi.open_application"},
        {"fi.grant", "ui.category.fi.grant"},                     {"fi.other_activity", "ui.category.fi.other_activity"}};
    static constexpr Choice other[] = {{"advertised", "ui.category.advertised"}, {"unsolicited", "ui.category.unsolicited"}};
    if (system == kFinland) return fi;
    return other;
}

std::span<const Choice> benefits_for(std::string_view system) {
    static constexpr Choice dk[] = {{"dagpenge", "ui.benefit.dagpenge"},
                                    {"kontanthjaelp", "ui.benefit.kontanthjaelp"},
                                    {"uddannelseshjaelp", "ui.benefit.uddannelseshjaelp"}};
    static constexpr Choice fi[] = {{"labour_market_subsidy", "ui.benefit.labour_market_subsidy"},
                                    {"kela_basic_allowance", "ui.benefit.kela_basic_allowance"},
                                    {"earnings_related", "ui.benefit.earnings_related"},
                                    {"none", "ui.benefit.none"}};
    static constexpr Choice se[] = {{"forsorjningsstod", "ui.benefit.forsorjningsstod"}, {"service", "ui.benefit.service"}};
    if (system == kDenmark) return dk;
    if (system == kFinland) return fi;
    return se;
}

std::span<const Choice> event_types() {
    static constexpr Choice types[] = {
        {"meeting_held", "ui.event.meeting_held"},       {"meeting_missed", "ui.event.meeting_missed"},
        {"meeting_booked", "ui.event.meeting_booked"},   {"booking_request", "ui.event.booking_request"},
        {"contact_restored", "ui.event.contact_restored"}, {"cv_approved", "ui.event.cv_approved"},
        {"reminder_received", "ui.event.reminder_received"}, {"sanction_received", "ui.event.sanction_received"},
        {"report_submitted", "ui.event.report_submitted"}, {"job_offer_refused", "ui.event.job_offer_refused"},
        {"plan_sent", "ui.event.plan_sent"},             {"plan_signed", "ui.event.plan_signed"},
        {"plan_broken", "ui.event.plan_broken"},         {"contact", "ui.event.contact"},
        {"sick_reported", "ui.event.sick_reported"},     {"doctor_certificate", "ui.event.doctor_certificate"},
        {"leave_started", "ui.event.leave_started"},     {"leave_ended", "ui.event.leave_ended"},
        {"treatment_missed", "ui.event.treatment_missed"}, {"job_started", "ui.event.job_started"},
        {"studies_started", "ui.event.studies_started"},
        {"cv_created", "ui.event.cv_created"}};  // dk
    return types;
}

std::span<const Choice> statuses() {
    static constexpr Choice s[] = {{"sent", "ui.entry_status.sent"},         {"interview", "ui.entry_status.interview"},
                                   {"rejected", "ui.entry_status.rejected"}, {"offer", "ui.entry_status.offer"},
                                   {"hired", "ui.entry_status.hired"},       {"withdrawn", "ui.entry_status.withdrawn"}};
    return s;
}

std::span<const Choice> how_applied() {
    static constexpr Choice s[] = {{"online", "ui.how.online"},   {"email", "ui.how.email"}, {"letter", "ui.how.letter"},
                                   {"in_person", "ui.how.in_person"}, {"phone", "ui.how.phone"}, {"other", "ui.how.other"}};
    return s;
}

std::span<const Choice> parties() {
    static constexpr Choice s[] = {{"a-kasse", "ui.party.a-kasse"},       {"jobcenter", "ui.party.jobcenter"},
                                   {"te", "ui.party.te"},                 {"trial", "ui.party.trial"},
                                   {"arbetsmarknad", "ui.party.arbetsmarknad"},
                                   {"beroendeenheten", "ui.party.beroendeenheten"}, {"", "ui.party.none"}};
    return s;
}

std::span<const Choice> modes() {
    static constexpr Choice s[] = {{"in_person", "ui.mode.in_person"}, {"phone", "ui.mode.phone"},
                                   {"digital", "ui.mode.digital"},     {"", "ui.mode.none"}};
    return s;
}

std::span<const Choice> planned_changes() {
    static constexpr Choice s[] = {{"", "ui.change.none"},
                                   {"job", "ui.change.job"},
                                   {"maternity", "ui.change.maternity"},
                                   {"efterloen", "ui.change.efterloen"},
                                   {"fleksydelse", "ui.change.fleksydelse"},
                                   {"folkepension", "ui.change.folkepension"},
                                   {"parental_leave", "ui.change.parental_leave"},
                                   {"studies", "ui.change.studies"}};
    return s;
}

}  // namespace jobbplan::web::ui
