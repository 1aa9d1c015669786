package org.vdkg.serve.guard;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/** Fuseki's read-write Graph Store Protocol operation with the {@link WriteRequestRules}, for every method. */
final class GuardedGraphStore extends GSP_RW {

    private final Supplier<Set<String>> ownOrigins;

    GuardedGraphStore(Supplier<Set<String>> ownOrigins) {
        this.ownOrigins = ownOrigins;
    }

    @Override
    public void validate(HttpAction action) {
        WriteRequestRules.check(action.getRequest(), ownOrigins.get()).ifPresent(r -> ServletOps.error(r.status(), r.message()));
        super.validate(action);
    }
}
