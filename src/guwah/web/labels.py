"""Readable, translatable names for the codes pages show (status, event, attribute, facility
type, place kind, a person's role and gender, violation codes; in the workspace consent levels,
review, release and account states, members' roles): the one mapping every template reads.

Each label is marked with `N_` so that `pybabel extract` (babel.cfg) collects it; the template
function `label(kind, code)` (see `guwah.web.i18n.template_context`) translates it per request.
Violation labels are read from `guwah/vocab/violations.yaml`, their one source, which babel.cfg
extracts with `guwah.vocab.messages.extract_violation_labels`. A code without a label is shown as
it is.
"""

from __future__ import annotations

from guwah.domain import (
    AttributeName,
    ConsentLevel,
    DatePrecision,
    EventType,
    FacilityType,
    PersonRole,
    entry_label,
    mention_label,
    subject_label,
)
from guwah.errors import N_, Text
from guwah.publish import PSEUDONYMOUS_TITLE, PUBLIC_TITLE
from guwah.vocab import violation_codes

# A kind's label for every code of it (a command with a number in it, said by one label on a page).
ANY_CODE = "*"

LABELS: dict[str, dict[str, str]] = {
    "status": {
        "detained": N_("detained"), "sentenced": N_("sentenced"), "released": N_("released"),
        "deceased": N_("deceased"), "disappeared": N_("disappeared"), "abroad": N_("abroad"),
        "unknown": N_("unknown"),
    },
    "event": {
        EventType.ARREST: N_("arrest"), EventType.INTERROGATION: N_("interrogation"),
        EventType.DETENTION: N_("detention"), EventType.TRANSFER: N_("transfer"),
        EventType.SENTENCING: N_("sentencing"), EventType.RELEASE: N_("release"), EventType.DEATH: N_("death"),
        EventType.EXIT: N_("left the country"), EventType.RETURN: N_("return"),
        EventType.DISAPPEARANCE: N_("disappearance"), EventType.OTHER: N_("other event"),
    },
    "attribute": {
        AttributeName.GENDER: N_("gender"), AttributeName.ETHNICITY: N_("ethnicity"),
        AttributeName.HOMETOWN: N_("hometown"), AttributeName.BIRTHPLACE: N_("birthplace"),
        AttributeName.RESIDENCE: N_("residence"), AttributeName.ROLE: N_("role"), AttributeName.AGE: N_("age"),
        AttributeName.AGE_AS_OF: N_("age as of"), AttributeName.BIRTH_YEAR: N_("birth year"),
        AttributeName.BIRTH_DATE: N_("date of birth"), AttributeName.CITIZENSHIP: N_("citizenship"),
        AttributeName.OCCUPATION: N_("occupation"),
    },
    # The linker's reasons for a pair in the review queue (`guwah.link.features.pair_reasons`).
    "link_field": {
        "name": N_("name"), "gender": N_("gender"), "birth year": N_("birth year"), "hometown": N_("hometown"),
        "facility": N_("facility"), "year of detention": N_("year of detention"),
    },
    "link_level": {
        "agrees": N_("agrees"), "similar": N_("similar"), "differs": N_("differs"),
        "missing": N_("missing on one side"), "a year apart": N_("a year apart"),
    },
    "precision": {DatePrecision.DAY: N_("day"), DatePrecision.MONTH: N_("month"), DatePrecision.YEAR: N_("year")},
    "facility_type": {
        FacilityType.INTERNMENT_CAMP: N_("internment camp"), FacilityType.DETENTION_CENTRE: N_("detention centre"),
        FacilityType.PRISON: N_("prison"), FacilityType.POLICE_STATION: N_("police station"),
        FacilityType.HOSPITAL_OR_CLINIC: N_("hospital or clinic"), FacilityType.OTHER: N_("other facility"),
    },
    "role": {
        PersonRole.VICTIM: N_("victim"), PersonRole.WITNESS: N_("witness"), PersonRole.RELATIVE: N_("relative"),
        PersonRole.OFFICIAL: N_("official"), PersonRole.PERPETRATOR: N_("perpetrator"), PersonRole.OTHER: N_("other"),
    },
    # The kinds of gazetteer places (guwah.places: curated and GeoNames entries), and the map's levels.
    "place_kind": {
        "region": N_("autonomous region"), "prefecture": N_("prefecture"),
        "autonomous_prefecture": N_("autonomous prefecture"), "prefecture_city": N_("prefecture-level city"),
        "county": N_("county"), "autonomous_county": N_("autonomous county"), "county_city": N_("county-level city"),
        "district": N_("district"), "xpcc_city": N_("XPCC city"), "city": N_("city"), "town": N_("town"),
        "country": N_("country"), "province": N_("province"), "border_crossing": N_("border crossing"),
    },
    # The lists that cite a facility site (`guwah.facilities.importer` keys; the BFN file's
    # cross-reference columns) and the yes/no of a list's flag (`guwah.publish._id_text`).
    "external_id": {
        "bfn": N_("BuzzFeed News site"), "bfn_id": N_("BuzzFeed News site number"),
        "bfn_sub": N_("BuzzFeed News site part"), "etnam": N_("East Turkistan National Awakening Movement list"),
        "shawn_zhang": N_("Shawn Zhang's list"), "aspi_2020": N_("ASPI Xinjiang Data Project (2020)"),
        "xjvdb": N_("Xinjiang Victims Database"),
    },
    "flag": {"yes": N_("yes"), "no": N_("no")},
    # A release's title when its drafter gave none (`guwah.publish.DEFAULT_TITLES`).
    "document_title": {PUBLIC_TITLE: N_("Testimony"), PSEUDONYMOUS_TITLE: N_("Testimony (pseudonymous)")},
    # Gender as attributes and the search's facet hold it (case-folded).
    "gender": {"female": N_("female"), "male": N_("male")},
    "violation": {code: entry["label"] for code, entry in violation_codes().items()},
    # The workspace's codes (consent levels, the states of a consent raise, a release and an account,
    # members' roles, how a release was approved), and the fields of a document release.
    "consent": {ConsentLevel.PUBLIC: N_("public"), ConsentLevel.PSEUDONYMOUS: N_("pseudonymous"),
                ConsentLevel.CONFIDENTIAL: N_("confidential")},
    "consent_change": {"pending": N_("pending"), "approved": N_("approved"), "refused": N_("refused")},
    "release_state": {"draft": N_("draft"), "approved": N_("approved"), "superseded": N_("superseded"),
                      "withdrawn": N_("withdrawn")},
    "approval_basis": {"second_reviewer": N_("a second reviewer"), "single_reviewer": N_("a single reviewer"),
                       "restored": N_("restored")},
    # The grounds on which a person may be named (`NamingBasis.basis`), and a basis's state.
    "naming_basis": {"own_consent": N_("the person's own consent"), "reporting_relative": N_("a reporting relative"),
                     "public_role": N_("a public role"), "already_named": N_("named in public before")},
    "naming_state": {"proposed": N_("proposed"), "approved": N_("approved"), "withdrawn": N_("withdrawn")},
    "account_state": {"active": N_("active"), "locked": N_("locked"), "disabled": N_("disabled")},
    "account_role": {"viewer": N_("viewer"), "editor": N_("editor"), "admin": N_("admin")},
    # The intake form's fields a refusal names (`guwah.ingest.metadata`), by the form's labels.
    "metadata_field": {"consent": N_("Consent the witness gave"), "consent_note": N_("Consent note"),
                       "embargo_until": N_("Embargo until"), "witness name": N_("Witness's name"),
                       "interview_date": N_("Interview date"), "interviewer": N_("Interviewer"), "title": N_("Title"),
                       "publisher": N_("Source (the organisation that recorded or published it)"),
                       "url": N_("Web address of the source"), "language": N_("Language"),
                       "witness contact": N_("Witness's contact"),
                       "witness consent": N_("Witness's own consent"), "translation_of": N_("Translation of"),
                       "submitter": N_("Submitted by"), "submitter_contact": N_("Submitter's contact")},
    "release_field": {"title": N_("Title"), "publisher": N_("Publisher"), "author": N_("Author"), "url": N_("Source"),
                      "published_on": N_("Published"), "licence": N_("Licence"), "language": N_("Language"),
                      "consent": N_("Consent")},
    # Where a reviewer gave a detail to mask (`guwah.redaction.MASK_OPTION`): the CLI's option, a line
    # of the draft form's field on a page.
    "mask_option": {"--mask": N_("a line of “Further details to mask”")},
    # Where a reviewer gives a release's public title (`guwah.releases.TITLE_OPTION`): the CLI's
    # option, the draft form's field on a page.
    "title_option": {"--title": N_("the field “Public title”")},
    # Where an approver gives a written reason (`guwah.releases.REASON_OPTION`): the approval form's field.
    "reason_option": {"--reason": N_("the field “Reason”")},
    # The approver's choice to keep relatives named on a pseudonymous witness's word
    # (`guwah.releases.KEEP_RELATIVES_OPTION`): the approval form's checkbox.
    "keep_relatives_option": {"--keep-relative-names": N_("the box “Keep the relatives named”")},
    # The approver's choice to keep details matching a withheld person's entry, and the drafter's one-step
    # mask of them (`guwah.releases.KEEP_ENTRY_DETAILS_OPTION`, `MASK_ENTRY_DETAILS_OPTION`).
    "keep_entry_details_option": {"--keep-entry-details": N_("the box “Keep the details matching the entry”")},
    "mask_entry_details_option": {"--mask-entry-details": N_("the box “Mask the details matching the entry”")},
    # The approver's confirmation that the names accepted after the person's naming basis are this person's
    # (`guwah.releases.CONFIRM_NEW_NAMES_OPTION`): the approval form's checkbox.
    "confirm_new_names_option": {"--confirm-new-names": N_("the box “The new names are this person's”")},
    # What lets one person approve their own work (`guwah.releases.SINGLE_REVIEWER_SETTING`): the
    # server's setting, which its administrator turns on.
    "single_reviewer_setting": {"GUWAH_SINGLE_REVIEWER=1": N_("the server's single-reviewer setting")},
    # The command that drafts a release's subject again by hand (`guwah.releases.REDRAFT_COMMAND`), whatever
    # its number: the release page's button that does it.
    "redraft_command": {ANY_CODE: N_("the button “Draft it again” on this page")},
    # The testimony a naming basis rests on (`guwah.releases.DOCUMENT_OPTION`): the naming form's field.
    "document_option": {"--document": N_("its document number in the naming form")},
    # Where a reviewer reads an entry's evidence and merges past a conflict
    # (`guwah.registry.EVIDENCE_COMMAND`, `FORCE_OPTION`): its page, the link form's box.
    "evidence_command": {"guwah persons show N": N_("its page in the workspace")},
    "force_option": {"--force": N_("the box “Link although their records disagree” ticked")},
    # The actions of the audit log (`AuditEntry.action`, the workspace's audit page); one without a
    # label is shown as recorded.
    "audit_action": {
        "read": N_("read"), "change": N_("change"), "search": N_("search"), "export": N_("export"),
        "login": N_("login"), "login_failed": N_("failed login"), "logout": N_("logout"), "lockout": N_("lockout"),
        "release": N_("release step"), "review": N_("review decision"), "consent": N_("consent change"),
        "naming": N_("naming basis"), "judgement": N_("judgement"), "merge": N_("merge"), "split": N_("split"),
        "undo": N_("undo"), "ingest": N_("ingest"), "extract": N_("extraction"), "erase": N_("erasure"),
        "audit_entries_missing": N_("audit entries missing"), "audit_head_mismatch": N_("audit head mismatch"),
        "attach_sidecar": N_("metadata attached"), "boilerplate": N_("boilerplate passage"),
        "reindex": N_("search index rebuilt"),
    },
    # The kinds of record the audit log names (`AuditEntry.record_type`); one without a label is
    # shown as recorded.
    "audit_record": {
        "document": N_("document"), "document_list": N_("document list"), "release": N_("public release"),
        "user_account": N_("user account"), "api_token": N_("API token"), "person": N_("person"),
        "mention": N_("mention"), "entry": N_("entry"), "entry_list": N_("entry list"),
        "proposal": N_("proposal"), "proposals": N_("proposals"), "naming_notes": N_("naming notes"),
        "family_report": N_("family report"), "family_report_list": N_("family report list"),
        "family_report_contact": N_("family report contact"), "testimony_contact": N_("testimony's contacts"),
        "facility_entry": N_("facility entry"),
        "facility_suggestions": N_("facility suggestions"), "link_candidates": N_("link candidates"),
        "link_operation": N_("registry act"), "boilerplate": N_("boilerplate passage"), "audit_log": N_("audit log"),
        # a review decision's record: the kind of fact decided
        "name": N_("name"), "attribute": N_("attribute"), "event": N_("event"), "violation": N_("violation"),
        "relation": N_("relation"),
    },
    # The workspace's review screens: the kinds of fact (`guwah.review.KINDS`), review states and
    # the steps that replace a decision (`guwah.review.history`), and the fields a fact asserts.
    # A judgement's verdict on a pair of mentions, as the pairs page's form names it.
    "verdict": {"same": N_("Same person"), "different": N_("Different people"), "unsure": N_("Unsure")},
    "review_kind": {"name": N_("name"), "attribute": N_("attribute"), "event": N_("event"),
                    "violation": N_("violation"), "relation": N_("relation")},
    "review_state": {"proposed": N_("proposed"), "accepted": N_("accepted"), "rejected": N_("rejected"),
                     "reopened": N_("reopened"), "reassigned": N_("reassigned"), "erased": N_("erased")},
    "review_field": {
        "name": N_("name"), "script": N_("script"), "language": N_("language"), "attribute": N_("attribute"),
        "value": N_("value"), "value_end": N_("value (to)"), "as_of": N_("as of"), "event_type": N_("event type"),
        "date_value": N_("date"), "date_precision": N_("date precision"), "end_date_value": N_("end date"),
        "end_date_precision": N_("end date precision"), "code": N_("violation"), "relation": N_("relation"),
        "relative": N_("relative"), "place": N_("place"), "facility": N_("facility"), "event": N_("event"),
    },
}
# A release's subject as the workspace's pages name it, by the number people type for it (`subject_label`
# prints it so in the CLI: "entry E-7", "document 3").
SUBJECTS = {"document": N_("document %(number)s"), "entry": N_("entry %(number)s"), "person": N_("person %(number)s")}


def subject_text(subject_type: str, number: int | None) -> Text | str:
    """A release's subject for a page (`guwah.web.i18n.localize` says it in the reader's language);
    a subject of another kind, or without a number, as the CLI prints it."""
    if number is None or subject_type not in SUBJECTS:
        return subject_label(subject_type, number)
    shown = (entry_label(number) if subject_type == "entry" else mention_label(number) if subject_type == "person"
             else number)
    return Text(SUBJECTS[subject_type], {"number": shown})


# Attributes whose values are codes with a label of the same kind (the others are shown as recorded).
LABELLED_ATTRIBUTES = ("role", "gender")
# Search facets whose values are codes with a label of the same kind (the page and the API both).
CODED_FACETS = ("status", "violation", "gender")
