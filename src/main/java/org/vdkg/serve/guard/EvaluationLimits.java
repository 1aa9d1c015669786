package org.vdkg.serve.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Bounds on evaluating one query's expressions, the evaluations that ARQ's timeout cannot stop: a regular
 * expression (REGEX, REPLACE, {@code fn:matches}, {@code fn:replace}) reads its input through
 * {@link CancellableText}, so that it stops with the query; no expression may build a string longer than
 * {@link #MAX_STRING_CHARS} or an integer longer than {@link #MAX_INTEGER_BITS} (CONCAT doubling, REPLACE,
 * ENCODE_FOR_URI, GROUP_CONCAT, multiplication, {@code math:pow}); and extension functions that sleep, print or
 * load classes are not there. A query over a bound is answered 400 with the reason.
 * <p>
 * Installed in a dataset's ARQ context through ARQ's own extension points: an optimizer step that swaps the
 * built-in expressions for bounded ones before the standard optimizer runs (one rewrite of each query's algebra,
 * sub-queries and EXISTS included), and function and property-function registries for the extension functions.
 */
public final class EvaluationLimits {

    /** Longest string an expression may build: far above any label, note or IRI of the data. */
    public static final int MAX_STRING_CHARS = 1 << 20;
    /** Largest integer (in bits, about 19,700 decimal digits) a multiplication or power may build. */
    public static final int MAX_INTEGER_BITS = 1 << 16;

    private EvaluationLimits() {
    }

    /** Installs the bounds in {@code cxt}, the context of a served dataset. */
    public static void installIn(Context cxt) {
        RewriteFactory standard = Optimize.getFactory();
        cxt.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) c -> {
            Rewrite std = standard.create(c);
            return op -> std.rewrite(bound(op));
        });
        FunctionRegistry.set(cxt, BoundedFunctionRegistry.over(FunctionRegistry.get()));
        PropertyFunctionRegistry.set(cxt, BoundedFunctionRegistry.propertyFunctions(PropertyFunctionRegistry.get()));
    }

    /** {@code op} with the built-in expressions and aggregates that can run away replaced by bounded ones. */
    static Op bound(Op op) {
        return Transformer.transform(new BoundedExpressions.Aggregates(), new BoundedExpressions(), op);
    }

    static LimitExceeded tooLong(String what) {
        return new LimitExceeded(what + " would build a string of more than " + MAX_STRING_CHARS
                + " characters, the limit of this server");
    }

    /** Refuses a string value over the limit. */
    static NodeValue checkString(NodeValue nv, String what) {
        if (nv != null && nv.isLiteral() && nv.asNode().getLiteralLexicalForm().length() > MAX_STRING_CHARS) {
            throw tooLong(what);
        }
        return nv;
    }

    /** Refuses a concatenation of {@code args} before it is built. */
    static void checkConcat(List<NodeValue> args, String what) {
        long total = 0;
        for (NodeValue nv : args) {
            if (nv.isLiteral()) {
                total += nv.asNode().getLiteralLexicalForm().length();
            }
        }
        if (total > MAX_STRING_CHARS) {
            throw tooLong(what);
        }
    }

    /** Refuses a product of two numbers whose result would be over the integer limit, before it is computed. */
    static void checkProduct(NodeValue a, NodeValue b) {
        if (bits(a) + bits(b) > MAX_INTEGER_BITS) {
            throw new LimitExceeded("a multiplication would build a number of more than " + MAX_INTEGER_BITS
                    + " bits, the limit of this server");
        }
    }

    /** Refuses {@code base ^ exponent} over the integer limit (for integers; doubles cannot grow). */
    static void checkPower(NodeValue base, NodeValue exponent) {
        if (base.isInteger() && exponent.isInteger()) {
            BigInteger e = exponent.getInteger();
            long b = Math.max(1, base.getInteger().bitLength());
            if (e.signum() > 0 && (e.bitLength() > 31 || b * e.longValue() > MAX_INTEGER_BITS)) {
                throw new LimitExceeded("math:pow would build a number of more than " + MAX_INTEGER_BITS
                        + " bits, the limit of this server");
            }
        }
    }

    private static long bits(NodeValue nv) {
        if (nv.isInteger()) {
            return nv.getInteger().bitLength();
        }
        if (nv.isDecimal()) {
            BigDecimal d = nv.getDecimal();
            return d.unscaledValue().bitLength() + (long) Math.abs(d.scale()) * 4;
        }
        return 0;
    }

    /** REGEX and {@code fn:matches}: the same checks and answer as ARQ's, with a match that stops with the query. */
    static NodeValue regex(String label, List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral(label, args.get(0));
        Pattern p = pattern(label, args.get(1), args.size() > 2 ? args.get(2) : null);
        Matcher m = p.matcher(new CancellableText(text.getLiteralLexicalForm(), QueryDeadline.of(env)));
        return NodeValue.booleanReturn(m.find());
    }

    /**
     * REPLACE and {@code fn:replace}: ARQ's result (the same rule for empty matches, the input's language tag kept),
     * computed with a match that stops with the query and an answer that stops growing at the limit.
     */
    static NodeValue replace(String label, List<NodeValue> args, FunctionEnv env) {
        NodeValue input = args.get(0);
        Node text = NodeValueOps.checkAndGetStringLiteral(label, input);
        Pattern p = pattern(label, args.get(1), args.size() > 3 ? args.get(3) : null);
        String replacement = NodeValueOps.checkAndGetStringLiteral(label, args.get(2)).getLiteralLexicalForm();
        Matcher m = p.matcher(new CancellableText(text.getLiteralLexicalForm(), QueryDeadline.of(env)));
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (m.start() == m.end()) {
                    continue;
                }
                m.appendReplacement(out, replacement);
                if (out.length() > MAX_STRING_CHARS) {
                    throw tooLong(label);
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);
        } catch (IllegalArgumentException e) {
            throw new ExprEvalException(label + ": " + e.getMessage(), e);
        }
        if (out == null) {
            return input;
        }
        m.appendTail(out);
        if (out.length() > MAX_STRING_CHARS) {
            throw tooLong(label);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(out.toString(), text.getLiteralLanguage(), text.getLiteralDatatype()));
    }

    /** The compiled pattern, kept for the next row and query (a pattern that does not compile throws, every time). */
    static Pattern pattern(String label, NodeValue pattern, NodeValue flags) {
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(label, flags).getLiteralLexicalForm();
        String regex = NodeValueOps.checkAndGetStringLiteral(label, pattern).getLiteralLexicalForm();
        // ARQ compiles a constant pattern once per query; these bounded forms are called per row, so they keep the
        // compiled patterns (an invalid one throws, as before, and is not kept).
        return PATTERNS.get(new PatternKey(regex, f), k -> RegexEngine.makePattern(label, k.regex(), k.flags()));
    }

    /** A regular expression and its flags (null for none). */
    private record PatternKey(String regex, String flags) {
    }

    /** Compiled patterns, bounded by the length of their texts. */
    private static final Cache<PatternKey, Pattern> PATTERNS = Caffeine.newBuilder().maximumWeight(4L * 1024 * 1024)
            .weigher((PatternKey k, Pattern p) -> 64 + k.regex().length()).build();
}
