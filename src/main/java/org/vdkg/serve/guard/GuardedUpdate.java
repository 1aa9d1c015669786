package org.vdkg.serve.guard;

import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's SPARQL Update operation with the {@link WriteRequestRules}: whatever path a request took to reach an
 * update, one from another site's page or in a form encoding is refused before it is parsed.
 */
final class GuardedUpdate extends SPARQL_Update {

    private final Supplier<Set<String>> ownOrigins;

    GuardedUpdate(Supplier<Set<String>> ownOrigins) {
        this.ownOrigins = ownOrigins;
    }

    @Override
    public void validate(HttpAction action) {
        WriteRequestRules.check(action.getRequest(), ownOrigins.get()).ifPresent(r -> ServletOps.error(r.status(), r.message()));
        super.validate(action);
    }
}
