package org.vdkg.serve.guard;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The extension functions of a public endpoint: those registered with ARQ at start, nothing loaded by IRI on
 * demand (ARQ would otherwise load any {@code java:} class and the {@code afn:} functions that sleep, print, read
 * the server's context or format numbers into strings of any width), none of the composite-datatype (list and
 * map) functions, the regular-expression ones bounded like REGEX and REPLACE, and every string answer held to
 * {@link EvaluationLimits#MAX_STRING_CHARS}.
 */
final class BoundedFunctionRegistry extends FunctionRegistry {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final String MATH = "http://www.w3.org/2005/xpath-functions/math#";
    /** Lists and maps as literals (CDT): they can double in size with each call and no query of this data needs them. */
    private static final String CDT = "http://w3id.org/awslabs/neptune/SPARQL-CDTs/";

    /** Property functions kept: list access and full-text search; the {@code apf:} ones (string splitting and joining) are not. */
    private static final List<String> PROPERTY_FUNCTIONS = List.of("http://jena.apache.org/ARQ/list#",
            "http://www.w3.org/2000/01/rdf-schema#member", "http://jena.apache.org/text#");

    private BoundedFunctionRegistry() {
    }

    static FunctionRegistry over(FunctionRegistry standard) {
        BoundedFunctionRegistry r = new BoundedFunctionRegistry();
        Map<String, FunctionFactory> bounded = Map.of(
                FN + "matches", uri -> new Matching(uri, true), SPARQL + "regex", uri -> new Matching(uri, true),
                FN + "replace", uri -> new Matching(uri, false), SPARQL + "replace", uri -> new Matching(uri, false));
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (uri.startsWith(CDT)) {
                continue;
            }
            FunctionFactory f = bounded.get(uri);
            if (f == null) {
                FunctionFactory inner = standard.get(uri);
                f = u -> checked(u, inner.create(u));
            }
            r.put(uri, f);
        }
        return r;
    }

    /** Only what was registered: an unknown IRI is an unknown function, never a class to load. */
    @Override
    public FunctionFactory get(String uri) {
        return isRegistered(uri) ? super.get(uri) : null;
    }

    private static Function checked(String uri, Function f) {
        Consumer<List<NodeValue>> before = switch (uri) {
            case FN + "concat", SPARQL + "concat" -> args -> EvaluationLimits.checkConcat(args, "concat");
            case SPARQL + "multiply" -> args -> EvaluationLimits.checkProduct(args.get(0), args.get(1));
            case MATH + "pow" -> args -> EvaluationLimits.checkPower(args.get(0), args.get(1));
            default -> null;
        };
        if (before != null && f instanceof FunctionBase base) {
            return new PreChecked(base, before);
        }
        return new Checked(f, uri);
    }

    /** The property functions of {@link #PROPERTY_FUNCTIONS} among those registered; none loaded by IRI. */
    static PropertyFunctionRegistry propertyFunctions(PropertyFunctionRegistry standard) {
        PropertyFunctionRegistry r = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                return isRegistered(uri) ? super.get(uri) : null;
            }

            @Override
            public boolean manages(String uri) {
                return isRegistered(uri);
            }
        };
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (PROPERTY_FUNCTIONS.stream().anyMatch(uri::startsWith)) {
                r.put(uri, standard.get(uri));
            }
        }
        return r;
    }

    /** Any function, its string answer held to the limit. */
    private record Checked(Function inner, String uri) implements Function {
        @Override
        public void build(String uri, ExprList args, Context context) {
            inner.build(uri, args, context);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            return EvaluationLimits.checkString(inner.exec(binding, args, uri, env), "<" + this.uri + ">");
        }
    }

    /** A function whose arguments are checked before it runs (it would build an over-long value first). */
    private static final class PreChecked extends FunctionBase {
        private final FunctionBase inner;
        private final Consumer<List<NodeValue>> before;

        PreChecked(FunctionBase inner, Consumer<List<NodeValue>> before) {
            this.inner = inner;
            this.before = before;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            inner.build(uri, args, context);
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            before.accept(args);
            return EvaluationLimits.checkString(inner.exec(args), "concat");
        }
    }

    /** {@code fn:matches}/{@code fn:replace} and their {@code sparql:} twins, evaluated like REGEX and REPLACE. */
    private static final class Matching extends FunctionBase {
        private final String uri;
        private final boolean match;

        Matching(String uri, boolean match) {
            this.uri = uri;
            this.match = match;
        }

        @Override
        public void checkBuild(String u, ExprList args) {
            int min = match ? 2 : 3;
            if (args.size() < min || args.size() > min + 1) {
                throw new org.apache.jena.query.QueryBuildException("<" + uri + "> takes " + min + " or " + (min + 1) + " arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            return match ? EvaluationLimits.regex(uri, args, env) : EvaluationLimits.replace(uri, args, env);
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }
}
