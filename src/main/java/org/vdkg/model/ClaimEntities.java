package org.vdkg.model;

import java.util.LinkedHashSet;
import java.util.Set;
import org.vdkg.yaml.Located;
import org.vdkg.yaml.Values;
import org.vdkg.yaml.YMap;

/** The entity slugs a claim refers to, through its kind's fields (including item lines and participants) and place. */
public final class ClaimEntities {

    private ClaimEntities() {
    }

    public static Set<String> of(ClaimRecord c) {
        Set<String> out = new LinkedHashSet<>();
        Values.texts(c.node().get("place")).forEach(t -> out.add(t.value()));
        ClaimKinds.forKind(c.kind()).ifPresent(m -> {
            for (Field f : m.fields()) {
                switch (f.type()) {
                    case ENTITY, ENTITIES, DESTINATIONS -> Values.texts(c.node().get(f.key()))
                        .forEach(t -> out.add(t.value()));
                    case ITEMS -> Values.maps(c.node().get(f.key())).forEach(i -> add(out, i, "item"));
                    case PARTICIPANTS -> Values.maps(c.node().get(f.key())).forEach(i -> add(out, i, "actor"));
                    case POLICY_ITEMS -> Values.maps(c.node().get(f.key())).forEach(i -> add(out, i, "refers_to"));
                    default -> {
                    }
                }
            }
        });
        return out;
    }

    private static void add(Set<String> out, YMap m, String key) {
        for (Located<String> t : Values.texts(m.get(key))) {
            out.add(t.value());
        }
    }
}
