package org.vdkg.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of claim mappers, one per kind: adding a kind is one line here. */
public final class ClaimMappers {

    private static final List<ClaimMapper> ALL = List.of(
        new AidMapper(),
        new RequestMapper(),
        new TrainingMapper(),
        new ProjectSupportMapper(),
        new VisitMapper(),
        new OperationMapper(),
        new MeetingMapper(),
        new RelationsMapper(),
        new MembershipMapper(),
        new AllianceMapper(),
        new AgreementMapper(),
        new PolicyMapper(),
        new CountMapper(),
        new SeriesMapper(),
        new PositionMapper(),
        new FoundingMapper(),
        new RenamingMapper(),
        new PartOfMapper(),
        new LocatedInMapper(),
        new CooperationMapper(),
        new EventMapper(),
        new StatementMapper());

    private static final Map<String, ClaimMapper> BY_KIND = index();

    private ClaimMappers() {
    }

    private static Map<String, ClaimMapper> index() {
        Map<String, ClaimMapper> m = new LinkedHashMap<>();
        ALL.forEach(c -> m.put(c.kind(), c));
        return m;
    }

    public static Optional<ClaimMapper> forKind(String kind) {
        return Optional.ofNullable(kind == null ? null : BY_KIND.get(kind));
    }

    /** Every kind, in contract order. */
    public static Set<String> kinds() {
        return BY_KIND.keySet();
    }

    public static List<ClaimMapper> all() {
        return ALL;
    }
}
