package org.vdkg.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.vocab.Schemes;
import org.vdkg.vocab.VDKG;

/**
 * The registry of claim kinds (docs/model.md, claim table): for each YAML {@code kind:}, its claim class and its own
 * keys in contract order. Adding a kind is one entry here.
 */
public final class ClaimKinds {

    private static final List<ClaimKind> ALL = List.of(
        new ClaimKind("aid", VDKG.AidProvision, List.of(
            Field.of("donor", ValueType.ENTITIES, VDKG.donor).expecting(EntityTypes.Group.ACTOR),
            Field.of("recipient", ValueType.ENTITIES, VDKG.recipient).expecting(EntityTypes.Group.ACTOR),
            Field.of("beneficiary", ValueType.ENTITIES, VDKG.beneficiary),
            Field.concept("aid_kind", ValueType.CONCEPTS, VDKG.aidKind, Schemes.AID_KIND),
            Field.of("items", ValueType.ITEMS, VDKG.hasItemLine),
            Field.of("value", ValueType.VALUE, VDKG.hasValue),
            Field.concept("delivery", ValueType.CONCEPT, VDKG.deliveryMode, Schemes.DELIVERY_MODE),
            Field.of("project", ValueType.ENTITY, VDKG.forProject).expecting(EntityTypes.Group.PROJECT),
            Field.of("in_response_to", ValueType.CLAIM, VDKG.inResponseTo),
            Field.of("via", ValueType.ENTITIES, VDKG.via))).distinct("donor", "recipient"),
        new ClaimKind("request", VDKG.Request, List.of(
            Field.of("requester", ValueType.ENTITIES, VDKG.requester).expecting(EntityTypes.Group.ACTOR),
            Field.of("addressee", ValueType.ENTITIES, VDKG.addressee).expecting(EntityTypes.Group.ACTOR),
            Field.of("on_behalf_of", ValueType.ENTITIES, VDKG.beneficiary),
            Field.concept("aid_kind", ValueType.CONCEPTS, VDKG.aidKind, Schemes.AID_KIND),
            Field.of("items", ValueType.ITEMS, VDKG.hasItemLine),
            Field.of("consent_of", ValueType.ENTITIES, VDKG.consentOf),
            Field.of("purpose", ValueType.TEXT, VDKG.purpose))).distinct("requester", "addressee"),
        new ClaimKind("training", VDKG.TrainingProgramme, List.of(
            Field.of("trainer", ValueType.ENTITIES, VDKG.trainer).expecting(EntityTypes.Group.ACTOR),
            Field.of("trainee", ValueType.ENTITIES, VDKG.trainee).expecting(EntityTypes.Group.ACTOR),
            Field.of("trainee_count", ValueType.QUANTITY, VDKG.hasCount),
            Field.of("specialties", ValueType.TEXTS, VDKG.specialty),
            Field.of("institution", ValueType.ENTITY, VDKG.institution).expecting(EntityTypes.Group.ORGANISATION),
            Field.of("notable_trainees", ValueType.ENTITIES, VDKG.notableTrainee).expecting(EntityTypes.Group.ACTOR),
            Field.of("subject", ValueType.TEXT, VDKG.subject))).distinct("trainer", "trainee"),
        new ClaimKind("project", VDKG.ProjectSupport, List.of(
            Field.of("project", ValueType.ENTITY, VDKG.project).expecting(EntityTypes.Group.PROJECT),
            Field.of("supporter", ValueType.ENTITIES, VDKG.supporter).expecting(EntityTypes.Group.ACTOR),
            Field.of("beneficiary", ValueType.ENTITIES, VDKG.beneficiary),
            Field.of("purpose", ValueType.TEXT, VDKG.purpose),
            Field.of("components", ValueType.ENTITIES, VDKG.component),
            Field.of("capacity", ValueType.QUANTITY, VDKG.hasCapacity),
            Field.concept("unit", ValueType.UNIT, VDKG.unit, Schemes.UNIT),
            Field.of("value", ValueType.VALUE, VDKG.hasValue),
            Field.of("milestones", ValueType.MILESTONES, VDKG.hasMilestone),
            Field.of("support", ValueType.TEXT, VDKG.supportNote))),
        new ClaimKind("visit", VDKG.Visit, List.of(
            Field.of("leader", ValueType.ENTITIES, VDKG.leader).expecting(EntityTypes.Group.ACTOR),
            Field.of("members", ValueType.ENTITIES, VDKG.member).expecting(EntityTypes.Group.ACTOR),
            Field.of("delegation_of", ValueType.ENTITY, VDKG.delegationOf).expecting(EntityTypes.Group.ORGANISATION),
            Field.of("destinations", ValueType.DESTINATIONS, VDKG.hasDestination).expecting(EntityTypes.Group.DESTINATION),
            Field.of("hosts", ValueType.ENTITIES, VDKG.host).expecting(EntityTypes.Group.ACTOR),
            Field.of("purpose", ValueType.TEXT, VDKG.purpose))).distinct("leader", "members", "hosts"),
        new ClaimKind("operation", VDKG.Operation, List.of(
            Field.of("campaign", ValueType.ENTITY, VDKG.campaign).expecting(EntityTypes.Group.EVENT),
            Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
            Field.of("adversary", ValueType.ENTITIES, VDKG.adversary).expecting(EntityTypes.Group.ACTOR),
            Field.of("command", ValueType.ENTITY, VDKG.command).expecting(EntityTypes.Group.ACTOR),
            Field.of("outcome", ValueType.TEXT, VDKG.outcome),
            Field.of("result", ValueType.ENTITIES, VDKG.resultedIn))).distinct("participants", "adversary").distinct("command", "adversary"),
        new ClaimKind("meeting", VDKG.Meeting, List.of(
            Field.of("event", ValueType.ENTITY, VDKG.event).expecting(EntityTypes.Group.EVENT),
            Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
            Field.of("decisions", ValueType.CLAIMS, VDKG.decided))),
        new ClaimKind("relations", VDKG.RelationsEstablishment, List.of(
            Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR).atLeast(2),
            Field.concept("relation_type", ValueType.CONCEPT, VDKG.relationType, Schemes.RELATION_TYPE))),
        new ClaimKind("membership", VDKG.MembershipClaim, List.of(
            Field.of("member", ValueType.ENTITY, VDKG.member).expecting(EntityTypes.Group.ACTOR).mandatory(),
            Field.of("organisation", ValueType.ENTITY, VDKG.organisation).expecting(EntityTypes.Group.ORGANISATION).mandatory(),
            Field.concept("role", ValueType.CONCEPT, VDKG.role, Schemes.ROLE))).distinct("member", "organisation"),
        new ClaimKind("alliance", VDKG.AllianceFormation, List.of(
            Field.of("alliance", ValueType.ENTITY, VDKG.alliance).expecting(EntityTypes.Group.ORGANISATION),
            Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR),
            Field.concept("alliance_type", ValueType.CONCEPT, VDKG.allianceType, Schemes.ALLIANCE_TYPE),
            Field.of("principles", ValueType.TEXTS, VDKG.principle),
            Field.of("decided_by", ValueType.CLAIM, VDKG.decidedBy))).distinct("alliance", "parties"),
        new ClaimKind("agreement", VDKG.AgreementSigning, List.of(
            Field.of("document", ValueType.ENTITY, VDKG.document).expecting(EntityTypes.Group.DOCUMENT),
            Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR),
            Field.of("signatories", ValueType.ENTITIES, VDKG.signatory).expecting(EntityTypes.Group.ACTOR),
            Field.of("participants", ValueType.ENTITIES, VDKG.attendee).expecting(EntityTypes.Group.ACTOR))),
        new ClaimKind("policy", VDKG.PolicyStatement, List.of(
            Field.of("policy", ValueType.ENTITY, VDKG.policy).expecting(EntityTypes.Group.DOCUMENT),
            Field.of("proposer", ValueType.ENTITIES, VDKG.proposer),
            Field.of("addressee", ValueType.ENTITIES, VDKG.addressee).expecting(EntityTypes.Group.ACTOR),
            Field.of("items", ValueType.POLICY_ITEMS, VDKG.hasPolicyItem))),
        new ClaimKind("count", VDKG.StatedCount, List.of(
            Field.of("subject", ValueType.ENTITY, VDKG.subject),
            Field.of("counted", ValueType.TEXT, VDKG.counted),
            Field.of("count", ValueType.QUANTITY, VDKG.hasCount),
            Field.concept("unit", ValueType.UNIT, VDKG.unit, Schemes.UNIT),
            Field.of("related_to", ValueType.ENTITY, VDKG.relatedTo),
            Field.of("relation", ValueType.TEXT, VDKG.relation))),
        new ClaimKind("series", VDKG.TimeSeries, List.of(
            Field.of("subject", ValueType.ENTITY, VDKG.subject),
            Field.of("attributed_to", ValueType.ENTITY, VDKG.attributedTo),
            Field.of("points", ValueType.POINTS, VDKG.hasPoint))),
        new ClaimKind("position", VDKG.PositionHolding, List.of(
            Field.of("holder", ValueType.ENTITY, VDKG.holder).expecting(EntityTypes.Group.PERSON).mandatory(),
            Field.of("position", ValueType.TEXT, VDKG.position),
            Field.of("rank", ValueType.TEXT, VDKG.rank),
            Field.of("organisation", ValueType.ENTITY, VDKG.organisation).expecting(EntityTypes.Group.ORGANISATION),
            Field.concept("status", ValueType.CONCEPT, VDKG.status, Schemes.STATUS))),
        new ClaimKind("founding", VDKG.Founding, List.of(
            Field.of("organisation", ValueType.ENTITY, VDKG.founded).mandatory(),
            Field.of("founders", ValueType.ENTITIES, VDKG.founder).expecting(EntityTypes.Group.ACTOR),
            Field.of("at_request_of", ValueType.ENTITIES, VDKG.atRequestOf).expecting(EntityTypes.Group.ACTOR),
            Field.of("purpose", ValueType.TEXT, VDKG.purpose))).distinct("organisation", "founders"),
        new ClaimKind("renaming", VDKG.Renaming, List.of(
            Field.of("from", ValueType.ENTITY, VDKG.renamedFrom).mandatory(),
            Field.of("to", ValueType.ENTITY, VDKG.renamedTo).mandatory())).distinct("from", "to"),
        new ClaimKind("part-of", VDKG.PartOfClaim, List.of(
            Field.of("part", ValueType.ENTITY, VDKG.part).mandatory(),
            Field.of("whole", ValueType.ENTITY, VDKG.whole).mandatory())).distinct("part", "whole"),
        new ClaimKind("located-in", VDKG.LocationClaim, List.of(
            Field.of("entity", ValueType.ENTITY, VDKG.locatedEntity).mandatory(),
            Field.of("within", ValueType.ENTITY, VDKG.within).expecting(EntityTypes.Group.PLACE).mandatory())).distinct("entity", "within"),
        new ClaimKind("cooperation", VDKG.Cooperation, List.of(
            Field.of("parties", ValueType.ENTITIES, VDKG.party).expecting(EntityTypes.Group.ACTOR).atLeast(2),
            Field.of("fields", ValueType.TEXTS, VDKG.field),
            Field.of("manner", ValueType.TEXT, VDKG.manner))),
        new ClaimKind("event", VDKG.EventClaim, List.of(
            Field.of("event", ValueType.ENTITY, VDKG.event).expecting(EntityTypes.Group.EVENT),
            Field.of("event_type", ValueType.TEXT, VDKG.eventType),
            Field.of("participants", ValueType.PARTICIPANTS, VDKG.hasParticipation),
            Field.of("outcome", ValueType.TEXT, VDKG.outcome))),
        new ClaimKind("statement", VDKG.Assessment, List.of(
            Field.of("subject", ValueType.ENTITIES, VDKG.subject),
            Field.of("summary", ValueType.TEXT, VDKG.summary),
            Field.of("epithet", ValueType.TEXT, VDKG.epithet))));

    private static final Map<String, ClaimKind> BY_KIND = index();

    private ClaimKinds() {
    }

    private static Map<String, ClaimKind> index() {
        Map<String, ClaimKind> m = new LinkedHashMap<>();
        ALL.forEach(c -> m.put(c.kind(), c));
        return m;
    }

    public static Optional<ClaimKind> forKind(String kind) {
        return Optional.ofNullable(kind == null ? null : BY_KIND.get(kind));
    }

    /** Every kind, in contract order. */
    public static Set<String> kinds() {
        return BY_KIND.keySet();
    }

    public static List<ClaimKind> all() {
        return ALL;
    }
}
