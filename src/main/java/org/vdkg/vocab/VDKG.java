package org.vdkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The vdkg ontology's terms ({@code https://w3id.org/vdkg/ontology#}) as Jena constants, field name =
 * local name. The data IRIs are minted by {@link IriScheme}.
 */
public final class VDKG {

    /** The namespace of every ontology term. */
    public static final String NS = "https://w3id.org/vdkg/ontology#";

    /** The namespace of the SHACL shapes. */
    public static final String SHAPES_NS = "https://w3id.org/vdkg/shapes#";

    private VDKG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes

    public static final Resource SourceArticle = resource("SourceArticle");
    public static final Resource CitedWork = resource("CitedWork");
    public static final Resource Footnote = resource("Footnote");
    public static final Resource Citation = resource("Citation");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organisation = resource("Organisation");
    public static final Resource State = resource("State");
    public static final Resource Government = resource("Government");
    public static final Resource PoliticalParty = resource("PoliticalParty");
    public static final Resource PartyBody = resource("PartyBody");
    public static final Resource ArmedForce = resource("ArmedForce");
    public static final Resource MilitaryUnit = resource("MilitaryUnit");
    public static final Resource PoliceForce = resource("PoliceForce");
    public static final Resource SecurityService = resource("SecurityService");
    public static final Resource Ministry = resource("Ministry");
    public static final Resource Department = resource("Department");
    public static final Resource School = resource("School");
    public static final Resource InternationalOrganisation = resource("InternationalOrganisation");
    public static final Resource Forum = resource("Forum");
    public static final Resource LiberationFront = resource("LiberationFront");
    public static final Resource Committee = resource("Committee");
    public static final Resource Alliance = resource("Alliance");
    public static final Resource Group = resource("Group");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource Province = resource("Province");
    public static final Resource District = resource("District");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");
    public static final Resource Site = resource("Site");
    public static final Resource Event = resource("Event");
    public static final Resource War = resource("War");
    public static final Resource Campaign = resource("Campaign");
    public static final Resource Conference = resource("Conference");
    public static final Resource Exhibition = resource("Exhibition");
    public static final Resource Document = resource("Document");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource Law = resource("Law");
    public static final Resource Policy = resource("Policy");
    public static final Resource Resolution = resource("Resolution");
    public static final Resource Strategy = resource("Strategy");
    public static final Resource Project = resource("Project");
    public static final Resource ItemType = resource("ItemType");
    public static final Resource Claim = resource("Claim");
    public static final Resource AidProvision = resource("AidProvision");
    public static final Resource Request = resource("Request");
    public static final Resource TrainingProgramme = resource("TrainingProgramme");
    public static final Resource ProjectSupport = resource("ProjectSupport");
    public static final Resource Visit = resource("Visit");
    public static final Resource Operation = resource("Operation");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource RelationsEstablishment = resource("RelationsEstablishment");
    public static final Resource MembershipClaim = resource("MembershipClaim");
    public static final Resource AllianceFormation = resource("AllianceFormation");
    public static final Resource AgreementSigning = resource("AgreementSigning");
    public static final Resource PolicyStatement = resource("PolicyStatement");
    public static final Resource StatedCount = resource("StatedCount");
    public static final Resource TimeSeries = resource("TimeSeries");
    public static final Resource PositionHolding = resource("PositionHolding");
    public static final Resource Founding = resource("Founding");
    public static final Resource Renaming = resource("Renaming");
    public static final Resource PartOfClaim = resource("PartOfClaim");
    public static final Resource LocationClaim = resource("LocationClaim");
    public static final Resource Cooperation = resource("Cooperation");
    public static final Resource EventClaim = resource("EventClaim");
    public static final Resource Assessment = resource("Assessment");
    public static final Resource ItemLine = resource("ItemLine");
    public static final Resource Quantity = resource("Quantity");
    public static final Resource MonetaryValue = resource("MonetaryValue");
    public static final Resource Milestone = resource("Milestone");
    public static final Resource SeriesPoint = resource("SeriesPoint");
    public static final Resource PolicyItem = resource("PolicyItem");
    public static final Resource Participation = resource("Participation");
    public static final Resource Destination = resource("Destination");
    public static final Resource ValueOrigin = resource("ValueOrigin");

    // Properties

    public static final Property edtf = property("edtf");
    /** The fingerprint of a build's inputs, in graph/meta. */
    public static final Property inputHash = property("inputHash");
    public static final Property timeText = property("timeText");
    public static final Property earliest = property("earliest");
    public static final Property latest = property("latest");
    public static final Property source = property("source");
    public static final Property paragraph = property("paragraph");
    public static final Property footnote = property("footnote");
    public static final Property citedWork = property("citedWork");
    public static final Property pages = property("pages");
    public static final Property confidence = property("confidence");
    public static final Property claimRank = property("claimRank");
    public static final Property rankReason = property("rankReason");
    public static final Property contradicts = property("contradicts");
    public static final Property corroborates = property("corroborates");
    public static final Property happensOnce = property("happensOnce");
    public static final Property commitId = property("commitId");
    public static final Resource CurationCommit = resource("CurationCommit");
    public static final Property curatorNote = property("curatorNote");
    public static final Property ambiguityNote = property("ambiguityNote");
    public static final Property alternativeReadingOf = property("alternativeReadingOf");
    public static final Property curator = property("curator");
    public static final Property titleSupplied = property("titleSupplied");
    public static final Property paragraphCount = property("paragraphCount");
    public static final Property publishedAfter = property("publishedAfter");
    public static final Property unknownField = property("unknownField");
    public static final Property received = property("received");
    public static final Property revised = property("revised");
    public static final Property approved = property("approved");
    public static final Property hasFootnote = property("hasFootnote");
    public static final Property footnoteNumber = property("footnoteNumber");
    public static final Property volume = property("volume");
    public static final Property publicationPlace = property("publicationPlace");
    public static final Property year = property("year");
    public static final Property projectCode = property("projectCode");
    public static final Property place = property("place");
    public static final Property donor = property("donor");
    public static final Property recipient = property("recipient");
    public static final Property beneficiary = property("beneficiary");
    public static final Property aidKind = property("aidKind");
    public static final Property hasItemLine = property("hasItemLine");
    public static final Property hasValue = property("hasValue");
    public static final Property deliveryMode = property("deliveryMode");
    public static final Property forProject = property("forProject");
    public static final Property inResponseTo = property("inResponseTo");
    public static final Property via = property("via");
    public static final Property requester = property("requester");
    public static final Property addressee = property("addressee");
    public static final Property consentOf = property("consentOf");
    public static final Property purpose = property("purpose");
    public static final Property trainer = property("trainer");
    public static final Property trainee = property("trainee");
    public static final Property hasCount = property("hasCount");
    public static final Property specialty = property("specialty");
    public static final Property institution = property("institution");
    public static final Property notableTrainee = property("notableTrainee");
    public static final Property subject = property("subject");
    public static final Property project = property("project");
    public static final Property supporter = property("supporter");
    public static final Property component = property("component");
    public static final Property hasCapacity = property("hasCapacity");
    public static final Property hasMilestone = property("hasMilestone");
    public static final Property milestoneKind = property("milestoneKind");
    public static final Property supportNote = property("supportNote");
    public static final Property leader = property("leader");
    public static final Property member = property("member");
    public static final Property delegationOf = property("delegationOf");
    public static final Property hasDestination = property("hasDestination");
    public static final Property destination = property("destination");
    public static final Property order = property("order");
    public static final Property host = property("host");
    public static final Property campaign = property("campaign");
    public static final Property hasParticipation = property("hasParticipation");
    public static final Property participant = property("participant");
    public static final Property role = property("role");
    public static final Property adversary = property("adversary");
    public static final Property command = property("command");
    public static final Property outcome = property("outcome");
    public static final Property resultedIn = property("resultedIn");
    public static final Property event = property("event");
    public static final Property decided = property("decided");
    public static final Property party = property("party");
    public static final Property relationType = property("relationType");
    public static final Property organisation = property("organisation");
    public static final Property alliance = property("alliance");
    public static final Property allianceType = property("allianceType");
    public static final Property principle = property("principle");
    public static final Property decidedBy = property("decidedBy");
    public static final Property document = property("document");
    public static final Property signatory = property("signatory");
    public static final Property attendee = property("attendee");
    public static final Property policy = property("policy");
    public static final Property proposer = property("proposer");
    public static final Property hasPolicyItem = property("hasPolicyItem");
    public static final Property text = property("text");
    public static final Property counted = property("counted");
    public static final Property relatedTo = property("relatedTo");
    public static final Property relation = property("relation");
    public static final Property attributedTo = property("attributedTo");
    public static final Property hasPoint = property("hasPoint");
    public static final Property measure = property("measure");
    public static final Property holder = property("holder");
    public static final Property position = property("position");
    public static final Property rank = property("rank");
    public static final Property status = property("status");
    public static final Property founded = property("founded");
    public static final Property founder = property("founder");
    public static final Property atRequestOf = property("atRequestOf");
    public static final Property renamedFrom = property("renamedFrom");
    public static final Property renamedTo = property("renamedTo");
    public static final Property part = property("part");
    public static final Property whole = property("whole");
    public static final Property locatedEntity = property("locatedEntity");
    public static final Property within = property("within");
    public static final Property field = property("field");
    public static final Property manner = property("manner");
    public static final Property eventType = property("eventType");
    public static final Property summary = property("summary");
    public static final Property epithet = property("epithet");
    public static final Property item = property("item");
    public static final Property quantity = property("quantity");
    public static final Property quantityMin = property("quantityMin");
    public static final Property quantityMax = property("quantityMax");
    public static final Property quantityText = property("quantityText");
    public static final Property unit = property("unit");
    public static final Property amount = property("amount");
    public static final Property currency = property("currency");
    public static final Property derivation = property("derivation");
    public static final Property providedAidTo = property("providedAidTo");
    public static final Property receivedAidFrom = property("receivedAidFrom");
    public static final Property trained = property("trained");
    public static final Property cooperatedWith = property("cooperatedWith");
    public static final Property hasRelationsWith = property("hasRelationsWith");
    public static final Property alliedWith = property("alliedWith");
    public static final Property memberOf = property("memberOf");
    public static final Property partOf = property("partOf");
    public static final Property locatedIn = property("locatedIn");
    public static final Property visited = property("visited");
    public static final Property accompanied = property("accompanied");
    public static final Property requestedFrom = property("requestedFrom");
    public static final Property heldPositionIn = property("heldPositionIn");
    public static final Property renamedAs = property("renamedAs");
    public static final Property participatedIn = property("participatedIn");
    public static final Property subOrganisationOf = property("subOrganisationOf");
    public static final Property ofState = property("ofState");
    public static final Property noStateReason = property("noStateReason");
    public static final Property periodOf = property("periodOf");
    public static final Property perUnit = property("perUnit");
    public static final Property ordinal = property("ordinal");
    public static final Property annotatedEntity = property("annotatedEntity");
    public static final Property annotatedProperty = property("annotatedProperty");
    public static final Property annotatedValue = property("annotatedValue");
    public static final Property origin = property("origin");
    public static final Property reference = property("reference");
    public static final Property onOccasionOf = property("onOccasionOf");
    public static final Property refersTo = property("refersTo");
    public static final Property actingState = property("actingState");
    public static final Property stateProvidedAidTo = property("stateProvidedAidTo");
    public static final Property sameCountryAs = property("sameCountryAs");

    // Gazetteer coordinates: the record a place's geo:lat/geo:long were copied from, and its package.
    public static final Resource GazetteerRecord = resource("GazetteerRecord");
    public static final Resource GazetteerDataset = resource("GazetteerDataset");
    public static final Property coordinatesFrom = property("coordinatesFrom");
    public static final Property geonamesId = property("geonamesId");
    public static final Property countryCode = property("countryCode");
    public static final Property featureCode = property("featureCode");

    // Lookup keys and a claim index in graph/inferred, so that queries can start from a constant (queries/README.md).
    public static final Property nameKey = property("nameKey");
    public static final Property mentions = property("mentions");
    public static final Property inSource = property("inSource");

    /** Looks up a class of this vocabulary by its local name, or null. */
    public static Resource classNamed(String local) {
        return CLASSES.get(local);
    }

    private static final java.util.Map<String, Resource> CLASSES = classes();

    private static java.util.Map<String, Resource> classes() {
        java.util.Map<String, Resource> m = new java.util.HashMap<>();
        for (java.lang.reflect.Field f : VDKG.class.getFields()) {
            try {
                if (f.getType() == Resource.class) {
                    m.put(f.getName(), (Resource) f.get(null));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return java.util.Map.copyOf(m);
    }

    /** The local name of a term of this vocabulary ({@code State} for {@code vdkg:State}), empty for another IRI. */
    public static java.util.Optional<String> localName(String iri) {
        return iri.startsWith(NS) ? java.util.Optional.of(iri.substring(NS.length())) : java.util.Optional.empty();
    }
}
