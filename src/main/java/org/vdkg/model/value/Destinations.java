package org.vdkg.model.value;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.vdkg.model.Field;
import org.vdkg.model.Shapes;
import org.vdkg.vocab.VDKG;
import org.vdkg.yaml.YNode;
import org.vdkg.yaml.YScalar;

/** {@code DESTINATIONS}: an ordered list of place slugs, each a numbered {@code vdkg:Destination} of the claim. */
public record Destinations(EntityRefs places) implements ClaimValue {

    public static Destinations read(Field f, YNode n, Shapes s) {
        return new Destinations(EntityRefs.read(f, n, s));
    }

    @Override
    public Field field() {
        return places.field();
    }

    @Override
    public void check(ValueChecks c) {
        places.check(c);
    }

    @Override
    public void map(ValueMapping out) {
        int n = 0;
        for (YScalar slug : places.slugs()) {
            n++;
            Resource d = out.subNode("/destination/" + n, VDKG.Destination, slug.pos());
            out.entity(slug.value()).ifPresent(e -> d.addProperty(VDKG.destination, e));
            d.addProperty(VDKG.order, out.integer(n));
            out.claim().addProperty(field().property(), d);
        }
    }

    @Override
    public List<YScalar> entities() {
        return places.entities();
    }

    @Override
    public List<YScalar> actors() {
        return places.actors();
    }
}
