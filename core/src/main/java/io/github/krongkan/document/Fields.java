package io.github.krongkan.document;

/**
 * The member names of the {@code krongkan/1} JSON document: the one place where the document layout
 * is spelled. The rules build the pointers of their findings from these names ({@link DocumentPath}),
 * model errors name fields with them, and the JSON reader and writer read and write them.
 *
 * <p>A name means the same wherever it appears (e.g. {@link #AMOUNT} in a budget line, a ledger
 * entry and a planned disbursement); {@code docs/json-format.md} says what it holds in each object.
 */
public final class Fields {
    /** {@code "accumulation"}. */
    public static final String ACCUMULATION = "accumulation";

    /** {@code "actionPlan"}. */
    public static final String ACTION_PLAN = "actionPlan";

    /** {@code "activities"}. */
    public static final String ACTIVITIES = "activities";

    /** {@code "actualMonths"}. */
    public static final String ACTUAL_MONTHS = "actualMonths";

    /** {@code "actualPeriod"}. */
    public static final String ACTUAL_PERIOD = "actualPeriod";

    /** {@code "alignments"}. */
    public static final String ALIGNMENTS = "alignments";

    /** {@code "allocations"}. */
    public static final String ALLOCATIONS = "allocations";

    /** {@code "amount"}. */
    public static final String AMOUNT = "amount";

    /** {@code "amountInWords"}. */
    public static final String AMOUNT_IN_WORDS = "amountInWords";

    /** {@code "approvals"}. */
    public static final String APPROVALS = "approvals";

    /** {@code "bands"}. */
    public static final String BANDS = "bands";

    /** {@code "baseline"}. */
    public static final String BASELINE = "baseline";

    /** {@code "baselinePeriod"}. */
    public static final String BASELINE_PERIOD = "baselinePeriod";

    /** {@code "budget"}. */
    public static final String BUDGET = "budget";

    /** {@code "budgetRevisions"}. */
    public static final String BUDGET_REVISIONS = "budgetRevisions";

    /** {@code "category"}. */
    public static final String CATEGORY = "category";

    /** {@code "changeBasis"}. */
    public static final String CHANGE_BASIS = "changeBasis";

    /** {@code "code"}. */
    public static final String CODE = "code";

    /** {@code "colour"}. */
    public static final String COLOUR = "colour";

    /** {@code "continuing"}. */
    public static final String CONTINUING = "continuing";

    /** {@code "coordinator"}. */
    public static final String COORDINATOR = "coordinator";

    /** {@code "coordinatorSchoolId"}. */
    public static final String COORDINATOR_SCHOOL_ID = "coordinatorSchoolId";

    /** {@code "count"}. */
    public static final String COUNT = "count";

    /** {@code "current"}. */
    public static final String CURRENT = "current";

    /** {@code "date"}. */
    public static final String DATE = "date";

    /** {@code "dateAsWritten"}. */
    public static final String DATE_AS_WRITTEN = "dateAsWritten";

    /** {@code "denominator"}. */
    public static final String DENOMINATOR = "denominator";

    /** {@code "denominatorLabel"}. */
    public static final String DENOMINATOR_LABEL = "denominatorLabel";

    /** {@code "description"}. */
    public static final String DESCRIPTION = "description";

    /** {@code "direction"}. */
    public static final String DIRECTION = "direction";

    /** {@code "disbursed"}. */
    public static final String DISBURSED = "disbursed";

    /** {@code "end"}. */
    public static final String END = "end";

    /** {@code "englishLabel"}. */
    public static final String ENGLISH_LABEL = "englishLabel";

    /** {@code "enrolment"}. */
    public static final String ENROLMENT = "enrolment";

    /** {@code "entries"}. */
    public static final String ENTRIES = "entries";

    /** {@code "expectedBenefits"}. */
    public static final String EXPECTED_BENEFITS = "expectedBenefits";

    /** {@code "extension"}. */
    public static final String EXTENSION = "extension";

    /** {@code "factor"}. */
    public static final String FACTOR = "factor";

    /** {@code "factors"}. */
    public static final String FACTORS = "factors";

    /** {@code "fiscalYear"}. */
    public static final String FISCAL_YEAR = "fiscalYear";

    /** {@code "format"}. */
    public static final String FORMAT = "format";

    /** {@code "formula"}. */
    public static final String FORMULA = "formula";

    /** {@code "grid"}. */
    public static final String GRID = "grid";

    /** {@code "id"}. */
    public static final String ID = "id";

    /** {@code "impact"}. */
    public static final String IMPACT = "impact";

    /** {@code "impactLevels"}. */
    public static final String IMPACT_LEVELS = "impactLevels";

    /** {@code "indicators"}. */
    public static final String INDICATORS = "indicators";

    /** {@code "inherent"}. */
    public static final String INHERENT = "inherent";

    /** {@code "instalment"}. */
    public static final String INSTALMENT = "instalment";

    /** {@code "instrument"}. */
    public static final String INSTRUMENT = "instrument";

    /** {@code "instrumentText"}. */
    public static final String INSTRUMENT_TEXT = "instrumentText";

    /** {@code "item"}. */
    public static final String ITEM = "item";

    /** {@code "kind"}. */
    public static final String KIND = "kind";

    /** {@code "labels"}. */
    public static final String LABELS = "labels";

    /** {@code "ledger"}. */
    public static final String LEDGER = "ledger";

    /** {@code "legalReference"}. */
    public static final String LEGAL_REFERENCE = "legalReference";

    /** {@code "level"}. */
    public static final String LEVEL = "level";

    /** {@code "levels"}. */
    public static final String LEVELS = "levels";

    /** {@code "likelihood"}. */
    public static final String LIKELIHOOD = "likelihood";

    /** {@code "likelihoodLevels"}. */
    public static final String LIKELIHOOD_LEVELS = "likelihoodLevels";

    /** {@code "lines"}. */
    public static final String LINES = "lines";

    /** {@code "linkedTargetNumber"}. */
    public static final String LINKED_TARGET_NUMBER = "linkedTargetNumber";

    /** {@code "location"}. */
    public static final String LOCATION = "location";

    /** {@code "maxEnrolment"}. */
    public static final String MAX_ENROLMENT = "maxEnrolment";

    /** {@code "maxScore"}. */
    public static final String MAX_SCORE = "maxScore";

    /** {@code "measure"}. */
    public static final String MEASURE = "measure";

    /** {@code "measurements"}. */
    public static final String MEASUREMENTS = "measurements";

    /** {@code "minEnrolment"}. */
    public static final String MIN_ENROLMENT = "minEnrolment";

    /** {@code "minScore"}. */
    public static final String MIN_SCORE = "minScore";

    /** {@code "monitoring"}. */
    public static final String MONITORING = "monitoring";

    /** {@code "month"}. */
    public static final String MONTH = "month";

    /** {@code "name"}. */
    public static final String NAME = "name";

    /** {@code "narrative"}. */
    public static final String NARRATIVE = "narrative";

    /** {@code "nature"}. */
    public static final String NATURE = "nature";

    /** {@code "networkId"}. */
    public static final String NETWORK_ID = "networkId";

    /** {@code "networks"}. */
    public static final String NETWORKS = "networks";

    /** {@code "note"}. */
    public static final String NOTE = "note";

    /** {@code "notes"}. */
    public static final String NOTES = "notes";

    /** {@code "number"}. */
    public static final String NUMBER = "number";

    /** {@code "numerator"}. */
    public static final String NUMERATOR = "numerator";

    /** {@code "numeratorLabel"}. */
    public static final String NUMERATOR_LABEL = "numeratorLabel";

    /** {@code "objectives"}. */
    public static final String OBJECTIVES = "objectives";

    /** {@code "obstacles"}. */
    public static final String OBSTACLES = "obstacles";

    /** {@code "officeId"}. */
    public static final String OFFICE_ID = "officeId";

    /** {@code "offices"}. */
    public static final String OFFICES = "offices";

    /** {@code "onPlan"}. */
    public static final String ON_PLAN = "onPlan";

    /** {@code "onTarget"}. */
    public static final String ON_TARGET = "onTarget";

    /** {@code "otherLabels"}. */
    public static final String OTHER_LABELS = "otherLabels";

    /** {@code "owner"}. */
    public static final String OWNER = "owner";

    /** {@code "period"}. */
    public static final String PERIOD = "period";

    /** {@code "phone"}. */
    public static final String PHONE = "phone";

    /** {@code "plan"}. */
    public static final String PLAN = "plan";

    /** {@code "plannedDisbursements"}. */
    public static final String PLANNED_DISBURSEMENTS = "plannedDisbursements";

    /** {@code "plannedMonths"}. */
    public static final String PLANNED_MONTHS = "plannedMonths";

    /** {@code "plannedPeriod"}. */
    public static final String PLANNED_PERIOD = "plannedPeriod";

    /** {@code "position"}. */
    public static final String POSITION = "position";

    /** {@code "problems"}. */
    public static final String PROBLEMS = "problems";

    /** {@code "progress"}. */
    public static final String PROGRESS = "progress";

    /** {@code "progressReports"}. */
    public static final String PROGRESS_REPORTS = "progressReports";

    /** {@code "projects"}. */
    public static final String PROJECTS = "projects";

    /** {@code "quantity"}. */
    public static final String QUANTITY = "quantity";

    /** {@code "rateKind"}. */
    public static final String RATE_KIND = "rateKind";

    /** {@code "rationale"}. */
    public static final String RATIONALE = "rationale";

    /** {@code "reason"}. */
    public static final String REASON = "reason";

    /** {@code "received"}. */
    public static final String RECEIVED = "received";

    /** {@code "receivedAmount"}. */
    public static final String RECEIVED_AMOUNT = "receivedAmount";

    /** {@code "remaining"}. */
    public static final String REMAINING = "remaining";

    /** {@code "reportedText"}. */
    public static final String REPORTED_TEXT = "reportedText";

    /** {@code "reportedValue"}. */
    public static final String REPORTED_VALUE = "reportedValue";

    /** {@code "requiresResponse"}. */
    public static final String REQUIRES_RESPONSE = "requiresResponse";

    /** {@code "residual"}. */
    public static final String RESIDUAL = "residual";

    /** {@code "response"}. */
    public static final String RESPONSE = "response";

    /** {@code "responseText"}. */
    public static final String RESPONSE_TEXT = "responseText";

    /** {@code "responsible"}. */
    public static final String RESPONSIBLE = "responsible";

    /** {@code "responsibleUnits"}. */
    public static final String RESPONSIBLE_UNITS = "responsibleUnits";

    /** {@code "riskMatrix"}. */
    public static final String RISK_MATRIX = "riskMatrix";

    /** {@code "risks"}. */
    public static final String RISKS = "risks";

    /** {@code "role"}. */
    public static final String ROLE = "role";

    /** {@code "round"}. */
    public static final String ROUND = "round";

    /** {@code "routineMission"}. */
    public static final String ROUTINE_MISSION = "routineMission";

    /** {@code "schools"}. */
    public static final String SCHOOLS = "schools";

    /** {@code "scoreRule"}. */
    public static final String SCORE_RULE = "scoreRule";

    /** {@code "shares"}. */
    public static final String SHARES = "shares";

    /** {@code "source"}. */
    public static final String SOURCE = "source";

    /** {@code "start"}. */
    public static final String START = "start";

    /** {@code "statedAmount"}. */
    public static final String STATED_AMOUNT = "statedAmount";

    /** {@code "statedLevel"}. */
    public static final String STATED_LEVEL = "statedLevel";

    /** {@code "statedSizeClass"}. */
    public static final String STATED_SIZE_CLASS = "statedSizeClass";

    /** {@code "statedSubtotal"}. */
    public static final String STATED_SUBTOTAL = "statedSubtotal";

    /** {@code "statedTotal"}. */
    public static final String STATED_TOTAL = "statedTotal";

    /** {@code "status"}. */
    public static final String STATUS = "status";

    /** {@code "statusChange"}. */
    public static final String STATUS_CHANGE = "statusChange";

    /** {@code "steps"}. */
    public static final String STEPS = "steps";

    /** {@code "subjectId"}. */
    public static final String SUBJECT_ID = "subjectId";

    /** {@code "targetGroup"}. */
    public static final String TARGET_GROUP = "targetGroup";

    /** {@code "targetText"}. */
    public static final String TARGET_TEXT = "targetText";

    /** {@code "targets"}. */
    public static final String TARGETS = "targets";

    /** {@code "text"}. */
    public static final String TEXT = "text";

    /** {@code "thaiLabel"}. */
    public static final String THAI_LABEL = "thaiLabel";

    /** {@code "timeframe"}. */
    public static final String TIMEFRAME = "timeframe";

    /** {@code "total"}. */
    public static final String TOTAL = "total";

    /** {@code "type"}. */
    public static final String TYPE = "type";

    /** {@code "unit"}. */
    public static final String UNIT = "unit";

    /** {@code "unitCost"}. */
    public static final String UNIT_COST = "unitCost";

    /** {@code "unitText"}. */
    public static final String UNIT_TEXT = "unitText";

    /** {@code "value"}. */
    public static final String VALUE = "value";

    /** {@code "weight"}. */
    public static final String WEIGHT = "weight";

    // Members of the reference-data documents, krongkan-reference/1 (docs/reference-data.md).

    /** {@code "rateTables"}, of a {@code krongkan-reference/1} document. */
    public static final String RATE_TABLES = "rateTables";

    /** {@code "effectiveFrom"}, of a {@code krongkan-reference/1} document. */
    public static final String EFFECTIVE_FROM = "effectiveFrom";

    /** {@code "effectiveUntil"}, of a {@code krongkan-reference/1} document. */
    public static final String EFFECTIVE_UNTIL = "effectiveUntil";

    /** {@code "ceilings"}, of a {@code krongkan-reference/1} document. */
    public static final String CEILINGS = "ceilings";

    /** {@code "ceiling"}, of a {@code krongkan-reference/1} document. */
    public static final String CEILING = "ceiling";

    /** {@code "disbursementTargets"}, of a {@code krongkan-reference/1} document. */
    public static final String DISBURSEMENT_TARGETS = "disbursementTargets";

    /** {@code "quarters"}, of a {@code krongkan-reference/1} document. */
    public static final String QUARTERS = "quarters";

    /** {@code "quarter"}, of a {@code krongkan-reference/1} document. */
    public static final String QUARTER = "quarter";

    /** {@code "disbursement"}, of a {@code krongkan-reference/1} document. */
    public static final String DISBURSEMENT = "disbursement";

    /** {@code "spending"}, of a {@code krongkan-reference/1} document. */
    public static final String SPENDING = "spending";

    /** {@code "sizeSchemes"}, of a {@code krongkan-reference/1} document. */
    public static final String SIZE_SCHEMES = "sizeSchemes";

    /** {@code "classes"}, of a {@code krongkan-reference/1} document. */
    public static final String CLASSES = "classes";

    /** {@code "qualityScales"}, of a {@code krongkan-reference/1} document. */
    public static final String QUALITY_SCALES = "qualityScales";

    /** {@code "rubrics"}, of a {@code krongkan-reference/1} document. */
    public static final String RUBRICS = "rubrics";

    /** {@code "criteria"}, of a {@code krongkan-reference/1} document. */
    public static final String CRITERIA = "criteria";

    /** {@code "scale"}, of a {@code krongkan-reference/1} document. */
    public static final String SCALE = "scale";

    /** {@code "passingLevel"}, of a {@code krongkan-reference/1} document. */
    public static final String PASSING_LEVEL = "passingLevel";

    /** {@code "score"}, of a {@code krongkan-reference/1} document. */
    public static final String SCORE = "score";
    // Close-out, evidence, certification and monitoring items.

    /** {@code "certifications"}. */
    public static final String CERTIFICATIONS = "certifications";

    /** {@code "closeOut"}. */
    public static final String CLOSE_OUT = "closeOut";

    /** {@code "evaluator"}. */
    public static final String EVALUATOR = "evaluator";

    /** {@code "evidence"}. */
    public static final String EVIDENCE = "evidence";

    /** {@code "indicatorNumber"}. */
    public static final String INDICATOR_NUMBER = "indicatorNumber";

    /** {@code "lessons"}. */
    public static final String LESSONS = "lessons";

    /** {@code "method"}. */
    public static final String METHOD = "method";

    /** {@code "monitoringItems"}. */
    public static final String MONITORING_ITEMS = "monitoringItems";

    /** {@code "results"}. */
    public static final String RESULTS = "results";

    /** {@code "sha256"}. */
    public static final String SHA256 = "sha256";

    /** {@code "signedAs"}. */
    public static final String SIGNED_AS = "signedAs";

    /** {@code "statement"}. */
    public static final String STATEMENT = "statement";

    /** {@code "subject"}. */
    public static final String SUBJECT = "subject";

    /** {@code "suggestions"}. */
    public static final String SUGGESTIONS = "suggestions";

    /** {@code "title"}. */
    public static final String TITLE = "title";

    /** {@code "uri"}. */
    public static final String URI = "uri";

    // Links between sections, by number.

    /** {@code "activityNumber"}: the budget activity an action step carries out. */
    public static final String ACTIVITY_NUMBER = "activityNumber";

    /** {@code "indicatorNumbers"}: the indicators an action step or a monitoring item works towards. */
    public static final String INDICATOR_NUMBERS = "indicatorNumbers";

    /** {@code "objectiveNumber"}: the objective a target serves or a close-out result answers. */
    public static final String OBJECTIVE_NUMBER = "objectiveNumber";
    /** {@code "agencyCode"}. */
    public static final String AGENCY_CODE = "agencyCode";

    /** {@code "coOwners"}. */
    public static final String CO_OWNERS = "coOwners";

    /** {@code "label"}. */
    public static final String LABEL = "label";

    /** {@code "planId"}. */
    public static final String PLAN_ID = "planId";

    /** {@code "quantities"}. */
    public static final String QUANTITIES = "quantities";

    /** {@code "schoolCount"}. */
    public static final String SCHOOL_COUNT = "schoolCount";

    /** {@code "targetGroups"}. */
    public static final String TARGET_GROUPS = "targetGroups";

    /** {@code "types"}. */
    public static final String TYPES = "types";
    // Money per network and funding sources.

    /** {@code "fundingSources"}. */
    public static final String FUNDING_SOURCES = "fundingSources";

    /** {@code "networkMoney"}. */
    public static final String NETWORK_MONEY = "networkMoney";

    /** {@code "party"}. */
    public static final String PARTY = "party";

    /** {@code "returnDate"}. */
    public static final String RETURN_DATE = "returnDate";

    /** {@code "returned"}. */
    public static final String RETURNED = "returned";

    /** {@code "versions"}: a record's versions. */
    public static final String VERSIONS = "versions";

    /** {@code "history"}: a record's transitions. */
    public static final String HISTORY = "history";

    /** {@code "children"}: a record's network sub-projects. */
    public static final String CHILDREN = "children";

    /** {@code "workflow"}: the workflow a record follows. */
    public static final String WORKFLOW = "workflow";

    /** {@code "action"}: what a transition does. */
    public static final String ACTION = "action";

    /** {@code "actor"}: who took a transition. */
    public static final String ACTOR = "actor";

    /** {@code "version"}: the version a transition concerns. */
    public static final String VERSION = "version";

    /** {@code "project"}: the project of a version. */
    public static final String PROJECT = "project";

    /** {@code "initialStage"}: the stage a record begins in. */
    public static final String INITIAL_STAGE = "initialStage";

    private Fields() {}

    /**
     * How the document spells an enum constant: lower camel case, {@code IN_PROGRESS} →
     * {@code inProgress}, {@code SNACKS_GOVERNMENT_VENUE} → {@code snacksGovernmentVenue}.
     *
     * @param constant the constant
     * @return its spelling in the document
     */
    public static String enumValue(Enum<?> constant) {
        String name = constant.name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
