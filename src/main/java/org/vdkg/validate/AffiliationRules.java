package org.vdkg.validate;

import org.vdkg.problem.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vdkg.vocab.EntityTypes;
import org.vdkg.model.ClaimRecord;
import org.vdkg.model.ClaimsFile;
import org.vdkg.model.EntityRecord;
import org.vdkg.problem.Position;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;
import org.vdkg.yaml.YScalar;

/**
 * Rules over the hierarchy of bodies, as a whole: the body above each body ({@code parent:} of the entity, or a
 * {@code part-of} claim between two organisations) must never lead back to the body itself, and every body other than
 * a State must reach a state ({@code state:} of itself or of a body above it, or a {@code part-of} claim whose whole
 * is a State) unless it says why not ({@code no_state:}).
 */
final class AffiliationRules {

    /** One step up the hierarchy and where it is written. */
    private record Step(String above, Position at) {
    }

    private final Checks checks;

    AffiliationRules(Checks checks) {
        this.checks = checks;
    }

    void check(List<ClaimsFile> claimsFiles) {
        Map<String, List<Step>> up = new LinkedHashMap<>();
        Map<String, Boolean> ownState = new LinkedHashMap<>();
        for (EntityRecord e : checks.entities.values()) {
            YMap m = e.node();
            m.get("parent").filter(YMap.class::isInstance).map(YMap.class::cast).ifPresent(p ->
                Values.texts(p.get("of")).forEach(t -> up.computeIfAbsent(e.id(), k -> new ArrayList<>())
                    .add(new Step(t.value(), t.pos()))));
            ownState.put(e.id(), m.has("state") || m.has("no_state"));
        }
        for (ClaimsFile f : claimsFiles) {
            for (ClaimRecord c : f.claims()) {
                if (!"part-of".equals(c.kind())) {
                    continue;
                }
                Optional<YScalar> part = first(c, "part");
                Optional<YScalar> whole = first(c, "whole");
                if (part.isEmpty() || whole.isEmpty()) {
                    continue;
                }
                if (is(whole.get().value(), "State")) {
                    ownState.put(part.get().value(), true);
                } else if (isBody(part.get().value()) && isBody(whole.get().value())) {
                    up.computeIfAbsent(part.get().value(), k -> new ArrayList<>())
                        .add(new Step(whole.get().value(), whole.get().pos()));
                }
            }
        }
        cycles(up);
        for (EntityRecord e : checks.entities.values()) {
            if (isBody(e.id()) && !reachesState(e.id(), up, ownState, new LinkedHashSet<>())) {
                checks.add(Rule.BODY_WITHOUT_STATE, e.pos(), "'" + e.id() + "' (" + e.type()
                    + ") is linked to no state, itself or through a body above it",
                    "add state: {of: <state>, origin: name | curator}, parent: {of: <body>, origin: ...}, "
                        + "or no_state: \"why it has none\" (a body of several states, a loose group)");
            }
        }
    }

    private boolean is(String slug, String type) {
        EntityRecord e = checks.entities.get(slug);
        return e != null && type.equals(e.type());
    }

    private boolean isBody(String slug) {
        EntityRecord e = checks.entities.get(slug);
        return e != null && e.type() != null && EntityTypes.Group.BODY.accepts(e.type());
    }

    private boolean reachesState(String slug, Map<String, List<Step>> up, Map<String, Boolean> ownState,
                                 Set<String> seen) {
        if (!seen.add(slug)) {
            return false;
        }
        if (ownState.getOrDefault(slug, false)) {
            return true;
        }
        return up.getOrDefault(slug, List.of()).stream().anyMatch(s -> reachesState(s.above(), up, ownState, seen));
    }

    /** One problem per cycle, at the step that closes it. */
    private void cycles(Map<String, List<Step>> up) {
        Set<String> done = new LinkedHashSet<>();
        for (String start : up.keySet()) {
            walk(start, up, new ArrayList<>(), done);
        }
    }

    private void walk(String slug, Map<String, List<Step>> up, List<String> path, Set<String> done) {
        if (done.contains(slug)) {
            return;
        }
        path.add(slug);
        for (Step s : up.getOrDefault(slug, List.of())) {
            int i = path.indexOf(s.above());
            if (i >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(i, path.size()));
                cycle.add(s.above());
                checks.add(Rule.AFFILIATION_CYCLE, s.at(), "the bodies above '" + slug + "' lead back to it: "
                    + String.join(" -> ", cycle), "a body cannot be above itself: remove or correct one of these "
                    + "parent: links or part-of claims");
            } else {
                walk(s.above(), up, path, done);
            }
        }
        path.remove(path.size() - 1);
        done.add(slug);
    }

    /** The entity named by the kind key {@code key} of {@code c}. */
    private static Optional<YScalar> first(ClaimRecord c, String key) {
        return c.value(key).flatMap(v -> v.entities().stream().findFirst());
    }
}
