package org.vdkg.words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vdkg.vocab.VDKG;

/**
 * A claim's readable title from its kind and fields, with the English labels of the entities it names
 * ("Soviet Union → Central Public Security School: experts and training, early 1959"): one template per claim
 * kind of docs/model.md and a generic one for any other kind.
 */
public final class ClaimWords {

    /** How many names a list shows before "and N others". */
    private static final int LIST_MAX = 4;

    /** The longest free text (a specialty, a subject) that a title quotes. */
    private static final int SHORT_TEXT = 40;

    private ClaimWords() {
    }

    /**
     * The title of {@code claim}, reading its fields from {@code m}, which must also hold the entities' labels
     * (e.g. the union of the claim graphs and graph/entities).
     */
    public static String title(Model m, Resource claim) {
        Claim c = new Claim(m, claim.inModel(m));
        String body = switch (kind(c.node)) {
            case "AidProvision" -> aid(c);
            case "Request" -> request(c);
            case "TrainingProgramme" -> training(c);
            case "ProjectSupport" -> project(c);
            case "Visit" -> visit(c);
            case "Operation" -> operation(c);
            case "Meeting" -> meeting(c);
            case "RelationsEstablishment" -> relations(c);
            case "MembershipClaim" -> membership(c);
            case "AllianceFormation" -> alliance(c);
            case "AgreementSigning" -> agreement(c);
            case "PolicyStatement" -> policy(c);
            case "StatedCount" -> count(c);
            case "TimeSeries" -> series(c);
            case "PositionHolding" -> position(c);
            case "Founding" -> founding(c);
            case "Renaming" -> join(c.names("renamedFrom"), " renamed ", c.names("renamedTo"));
            case "PartOfClaim" -> join(c.names("part"), " is part of ", c.names("whole"));
            case "LocationClaim" -> join(c.names("locatedEntity"), " lies in ", c.names("within"));
            case "Cooperation" -> cooperation(c);
            case "EventClaim" -> event(c);
            case "Assessment" -> assessment(c);
            default -> generic(c);
        };
        if (body.isBlank()) {
            body = generic(c);
        }
        String date = c.date();
        String title = date == null ? body : body + ", " + date;
        String visit = c.visitCompanions();
        return capital(visit == null ? title : title + ", with " + visit);
    }

    /** The kind of a claim: the local name of its most specific vdkg claim class ("AidProvision"), or "Claim". */
    public static String kind(Resource claim) {
        String best = "Claim";
        for (Statement s : claim.listProperties(RDF.type).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(VDKG.NS)) {
                String local = s.getResource().getURI().substring(VDKG.NS.length());
                if (!local.equals("Claim")) {
                    best = local;
                }
            }
        }
        return best;
    }

    /** The English label of an entity or concept, else any label, else its IRI's last segment in words. */
    public static String label(Resource r) {
        String found = null;
        for (Property p : new Property[] {RDFS.label, SKOS.prefLabel}) {
            for (Statement s : r.listProperties(p).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                Literal l = s.getLiteral();
                if (l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en")) {
                    return l.getLexicalForm();
                }
                if (l.getLanguage().isEmpty() || found == null) {
                    found = l.getLexicalForm();
                }
            }
        }
        if (found != null) {
            return found;
        }
        if (r.isURIResource()) {
            String iri = r.getURI();
            String tail = iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
            return tail.replace('-', ' ');
        }
        return "unnamed";
    }

    private static String aid(Claim c) {
        List<String> from = c.names("donor");
        List<String> to = c.names("recipient");
        if (to.isEmpty()) {
            to = c.names("beneficiary");
        }
        String what = c.what();
        return arrow(from, to, what.isEmpty() ? "aid" : what);
    }

    private static String request(Claim c) {
        String what = c.what();
        if (what.isEmpty()) {
            what = "support";
        }
        String head = list(c.names("requester"));
        String to = list(c.names("addressee"));
        String s = (head.isEmpty() ? "Request" : head + " asks") + (to.isEmpty() ? "" : " " + to) + " for " + what;
        List<String> behalf = c.names("beneficiary");
        return behalf.isEmpty() ? s : s + " on behalf of " + list(behalf);
    }

    private static String training(Claim c) {
        String what = "training";
        // A subject or specialty is the curator's gloss; only short ones fit a title.
        List<String> subjects = new ArrayList<>(c.texts("specialty"));
        subjects.addAll(c.texts("subject"));
        subjects.removeIf(t -> t.length() > SHORT_TEXT);
        if (!subjects.isEmpty()) {
            what = "training in " + list(subjects);
        }
        String s = arrow(c.names("trainer"), c.names("trainee"), what);
        List<String> at = c.names("institution");
        return at.isEmpty() ? s : s + " at " + list(at);
    }

    private static String project(Claim c) {
        String project = list(c.names("project"));
        return arrow(c.names("supporter"), c.names("beneficiary"), project.isEmpty() ? "project support" : project);
    }

    private static String visit(Claim c) {
        List<String> who = c.names("leader");
        if (who.isEmpty()) {
            who = c.names("delegationOf").stream().map(n -> "a delegation of " + n).toList();
        }
        if (who.isEmpty()) {
            who = c.names("member");
        }
        String head = who.isEmpty() ? "A delegation" : capital(list(who));
        List<Resource> stops = c.destinations();
        if (stops.isEmpty()) {
            return head + " travels";
        }
        StringBuilder b = new StringBuilder(head).append(who.size() > 1 ? " visit " : " visits ");
        for (int i = 0; i < stops.size(); i++) {
            b.append(i == 0 ? "" : ", then ").append(label(stops.get(i)));
        }
        return b.toString();
    }

    private static String operation(Claim c) {
        List<String> campaign = c.names("campaign");
        List<String> actors = c.participants();
        List<String> against = c.names("adversary");
        String s = campaign.isEmpty() ? (actors.isEmpty() ? "Operation" : capital(list(actors)) + " in an operation")
            : list(campaign) + (actors.isEmpty() ? "" : ": " + list(actors));
        return against.isEmpty() ? s : s + " against " + list(against);
    }

    private static String meeting(Claim c) {
        List<String> event = c.names("event");
        List<String> actors = c.participants();
        String head = event.isEmpty() ? "Meeting" : list(event);
        return actors.isEmpty() ? head : head + ": " + list(actors);
    }

    private static String relations(Claim c) {
        List<String> types = c.names("relationType");
        String what = types.isEmpty() ? "relations" : list(types) + " relations";
        return capital(list(c.names("party"))) + " establish " + what;
    }

    private static String membership(Claim c) {
        List<String> role = c.names("role");
        String as = role.isEmpty() || role.equals(List.of("member")) ? " is a member of " : " is " + role.get(0) + " in ";
        return join(c.names("member"), as, c.names("organisation"));
    }

    private static String alliance(Claim c) {
        List<String> alliance = c.names("alliance");
        String parties = list(c.names("party"));
        String what = alliance.isEmpty() ? "an alliance" : list(alliance);
        return parties.isEmpty() ? "Alliance: " + what : capital(parties) + " form " + what;
    }

    private static String agreement(Claim c) {
        List<String> who = c.names("party");
        if (who.isEmpty()) {
            who = c.names("signatory");
        }
        String doc = list(c.names("document"));
        String what = doc.isEmpty() ? "an agreement" : doc;
        return who.isEmpty() ? "Signing of " + what : capital(list(who)) + " sign " + what;
    }

    private static String policy(Claim c) {
        String policy = list(c.names("policy"));
        String who = list(c.names("proposer"));
        String s = who.isEmpty() ? policy : capital(who) + (policy.isEmpty() ? " states a policy" : ": " + policy);
        List<String> to = c.names("addressee");
        return to.isEmpty() ? s : s + ", for " + list(to);
    }

    private static String count(Claim c) {
        String subject = capital(list(c.names("subject")));
        String amount = c.quantity("hasCount");
        List<String> counted = c.texts("counted");
        String what = (amount == null ? "" : amount + " ") + (counted.isEmpty() ? "counted" : counted.get(0));
        List<String> related = c.names("relatedTo");
        // A subject named after what is counted ("5 technical bases for radio testing") says it all.
        boolean same = !counted.isEmpty() && subject.toLowerCase(Locale.ROOT).endsWith(counted.get(0).toLowerCase(Locale.ROOT));
        String s = subject.isEmpty() ? capital(what) : same ? subject : subject + ": " + what;
        return related.isEmpty() ? s : s + " (" + list(related) + ")";
    }

    private static String series(Claim c) {
        Set<String> measures = new LinkedHashSet<>();
        for (Resource p : c.objects("hasPoint")) {
            Statement s = p.getProperty(c.p("measure"));
            if (s != null && s.getObject().isLiteral()) {
                measures.add(s.getString());
            }
        }
        String subject = capital(list(c.names("subject")));
        String what = measures.isEmpty() ? "figures over time" : list(new ArrayList<>(measures));
        List<String> by = c.names("attributedTo");
        String s = subject.isEmpty() ? capital(what) : subject + ": " + what;
        return by.isEmpty() ? s : s + " (by " + list(by) + ")";
    }

    private static String position(Claim c) {
        List<String> texts = c.texts("position");
        List<String> rank = c.texts("rank");
        String holder = list(c.names("holder"));
        if (!rank.isEmpty()) {
            holder = rank.get(0) + " " + holder;
        }
        String org = list(c.names("organisation"));
        List<String> status = c.names("status");
        String s = capital(holder);
        if (!texts.isEmpty()) {
            s += ", " + texts.get(0) + (org.isEmpty() ? "" : " of " + org);
        } else if (!org.isEmpty()) {
            s += ", " + org;
        }
        return status.isEmpty() || status.contains("current") ? s : s + " (" + status.get(0) + ")";
    }

    private static String founding(Claim c) {
        String org = capital(list(c.names("founded")));
        String s = (org.isEmpty() ? "An organisation" : org) + " founded";
        List<String> by = c.names("founder");
        if (!by.isEmpty()) {
            s += " by " + list(by);
        }
        List<String> request = c.names("atRequestOf");
        return request.isEmpty() ? s : s + " at the request of " + list(request);
    }

    private static String cooperation(Claim c) {
        String s = capital(list(c.names("party"))) + " cooperate";
        List<String> fields = c.texts("field");
        return fields.isEmpty() ? s : s + " in " + list(fields);
    }

    private static String event(Claim c) {
        List<String> event = c.names("event");
        List<String> type = c.texts("eventType");
        String head = !event.isEmpty() ? list(event) : type.isEmpty() ? "Event" : capital(type.get(0));
        List<String> actors = c.participants();
        String s = actors.isEmpty() ? head : head + ": " + list(actors);
        List<String> place = c.names("place");
        return place.isEmpty() ? s : s + ", in " + list(place);
    }

    private static String assessment(Claim c) {
        String subject = list(c.names("subject"));
        List<String> epithet = c.texts("epithet");
        if (!epithet.isEmpty()) {
            return capital(subject) + " called \u201c" + epithet.get(0) + "\u201d";
        }
        return subject.isEmpty() ? "Assessment" : "On " + subject;
    }

    /** Any other kind: its class label and the entities it mentions. */
    private static String generic(Claim c) {
        Resource cls = c.node.getModel().createResource(VDKG.NS + kind(c.node));
        String kind = cls.hasProperty(RDFS.label) ? label(cls) : words(kind(c.node));
        List<String> named = new ArrayList<>();
        for (Resource r : c.objects("mentions")) {
            named.add(label(r));
        }
        named.sort(Comparator.naturalOrder());
        return capital(kind) + (named.isEmpty() ? "" : ": " + list(named));
    }

    private static String arrow(List<String> from, List<String> to, String what) {
        String f = list(from);
        String t = list(to);
        String head = f.isEmpty() && t.isEmpty() ? "" : (f.isEmpty() ? "?" : f) + " \u2192 " + (t.isEmpty() ? "?" : t);
        return head.isEmpty() ? capital(what) : head + ": " + what;
    }

    private static String join(List<String> a, String verb, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return capital(list(a)) + verb + list(b);
    }

    /** "A", "A and B", "A, B and C", "A, B, C, D and 2 others". */
    static String list(List<String> names) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
        if (distinct.size() > LIST_MAX + 1) {
            int rest = distinct.size() - LIST_MAX;
            distinct = new ArrayList<>(distinct.subList(0, LIST_MAX));
            distinct.add(rest + " others");
        }
        if (distinct.isEmpty()) {
            return "";
        }
        if (distinct.size() == 1) {
            return distinct.get(0);
        }
        return String.join(", ", distinct.subList(0, distinct.size() - 1)) + " and " + distinct.get(distinct.size() - 1);
    }

    private static String capital(String s) {
        return s.isEmpty() || !Character.isLowerCase(s.charAt(0)) ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "AidProvision" -> "aid provision". */
    private static String words(String camel) {
        return camel.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** A claim node and the reading of its fields. */
    private record Claim(Model m, Resource node) {

        Property p(String local) {
            return m.createProperty(VDKG.NS + local);
        }

        List<Resource> objects(String local) {
            List<Resource> out = new ArrayList<>();
            for (Statement s : node.listProperties(p(local)).toList()) {
                if (s.getObject().isResource()) {
                    out.add(s.getResource());
                }
            }
            out.sort(Comparator.comparing(ClaimWords::label));
            return out;
        }

        /** The labels of the entities (or concepts) a property points to, sorted for a stable title. */
        List<String> names(String local) {
            return objects(local).stream().map(ClaimWords::label).toList();
        }

        List<String> texts(String local) {
            List<String> out = new ArrayList<>();
            for (Statement s : node.listProperties(p(local)).toList()) {
                if (s.getObject().isLiteral()) {
                    out.add(s.getString());
                }
            }
            out.sort(Comparator.naturalOrder());
            return out;
        }

        /** What an aid or request is about: its aid kinds, else its items, else its purpose. */
        String what() {
            List<String> kinds = names("aidKind");
            if (kinds.equals(List.of("other"))) {
                kinds = List.of("aid");
            }
            if (!kinds.isEmpty()) {
                return list(kinds);
            }
            List<String> items = new ArrayList<>();
            for (Resource line : objects("hasItemLine")) {
                Statement item = line.getProperty(p("item"));
                if (item != null && item.getObject().isResource()) {
                    items.add(label(item.getResource()));
                }
            }
            if (!items.isEmpty()) {
                return list(items);
            }
            return "";
        }

        /** The actors of the claim's participations, in label order. */
        List<String> participants() {
            List<String> out = new ArrayList<>();
            for (Resource part : objects("hasParticipation")) {
                Statement a = part.getProperty(p("participant"));
                if (a != null && a.getObject().isResource()) {
                    out.add(label(a.getResource()));
                }
            }
            out.sort(Comparator.naturalOrder());
            return out;
        }

        /** A visit's destinations in their stated order. */
        List<Resource> destinations() {
            List<Resource> stops = new ArrayList<>(objects("hasDestination"));
            stops.sort(Comparator.comparing(d -> {
                Statement o = d.getProperty(p("order"));
                return o != null && o.getObject().isLiteral() ? new BigDecimal(o.getLiteral().getLexicalForm().strip())
                    : BigDecimal.ZERO;
            }));
            List<Resource> out = new ArrayList<>();
            for (Resource d : stops) {
                Statement s = d.getProperty(p("destination"));
                if (s != null && s.getObject().isResource()) {
                    out.add(s.getResource());
                }
            }
            return out;
        }

        /** The members accompanying a visit's leader, or null for other kinds or when there are none. */
        String visitCompanions() {
            if (!kind(node).equals("Visit") || !node.hasProperty(p("leader"))) {
                return null;
            }
            List<String> members = names("member");
            return members.isEmpty() ? null : list(members);
        }

        /** A quantity node in words: "125", "at least 1000", "10 to 20", else the curator's gloss. */
        String quantity(String local) {
            for (Resource q : objects(local)) {
                Statement exact = q.getProperty(p("quantity"));
                if (exact != null && exact.getObject().isLiteral()) {
                    return exact.getLiteral().getLexicalForm();
                }
                Statement min = q.getProperty(p("quantityMin"));
                Statement max = q.getProperty(p("quantityMax"));
                if (min != null && max != null) {
                    return min.getLiteral().getLexicalForm() + " to " + max.getLiteral().getLexicalForm();
                }
                if (min != null) {
                    return "at least " + min.getLiteral().getLexicalForm();
                }
                if (max != null) {
                    return "at most " + max.getLiteral().getLexicalForm();
                }
                List<String> text = new Claim(m, q).texts("quantityText");
                if (!text.isEmpty()) {
                    return text.get(0);
                }
            }
            return null;
        }

        /** The claim's date in words, or null when it states none. */
        String date() {
            String d = DateWords.of(node);
            return d.equals(DateWords.NOT_STATED) ? null : d;
        }
    }

}
