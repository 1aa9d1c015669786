package org.vdkg.serve.guard;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * Replaces, in a query's expressions, the built-ins that ARQ cannot stop or bound by subclasses that behave the
 * same within {@link EvaluationLimits}: REGEX and REPLACE (a match that stops with the query), CONCAT (refused
 * before it builds an over-long string), ENCODE_FOR_URI (refused after) and multiplication (refused before an
 * over-long integer). Subclasses keep the SPARQL form of each expression, so plans and messages read as before.
 */
final class BoundedExpressions extends ExprTransformCopy {

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex && !(func instanceof Regex)) {
            return new Regex(args);
        }
        if (func instanceof E_StrReplace && !(func instanceof Replace)) {
            return new Replace(args);
        }
        if (func instanceof E_StrConcat && !(func instanceof Concat)) {
            return new Concat(args);
        }
        return super.transform(func, args);
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr a, Expr b) {
        if (func instanceof E_Multiply && !(func instanceof Multiply)) {
            return new Multiply(a, b);
        }
        return super.transform(func, a, b);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr a) {
        if (func instanceof E_StrEncodeForURI && !(func instanceof EncodeForUri)) {
            return new EncodeForUri(a);
        }
        return super.transform(func, a);
    }

    static final class Regex extends E_Regex {
        Regex(ExprList args) {
            super(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return EvaluationLimits.regex("REGEX", args, env);
        }

        /** Constant folding, while the query is planned, calls this form: the request thread's deadline applies. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return EvaluationLimits.regex("REGEX", args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Regex(newArgs);
        }
    }

    static final class Replace extends E_StrReplace {
        Replace(ExprList args) {
            super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }

        @Override
        public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
            return EvaluationLimits.replace("REPLACE", args, env);
        }

        /** Constant folding, while the query is planned, calls this form: the request thread's deadline applies. */
        @Override
        public NodeValue eval(List<NodeValue> args) {
            return EvaluationLimits.replace("REPLACE", args, null);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Replace(newArgs);
        }
    }

    static final class Concat extends E_StrConcat {
        Concat(ExprList args) {
            super(args);
        }

        @Override
        public NodeValue eval(List<NodeValue> args) {
            EvaluationLimits.checkConcat(args, "CONCAT");
            return super.eval(args);
        }

        @Override
        public Expr copy(ExprList newArgs) {
            return new Concat(newArgs);
        }
    }

    static final class EncodeForUri extends E_StrEncodeForURI {
        EncodeForUri(Expr expr) {
            super(expr);
        }

        @Override
        public NodeValue eval(NodeValue v) {
            return EvaluationLimits.checkString(super.eval(v), "ENCODE_FOR_URI");
        }

        @Override
        public Expr copy(Expr expr) {
            return new EncodeForUri(expr);
        }
    }

    static final class Multiply extends E_Multiply {
        Multiply(Expr a, Expr b) {
            super(a, b);
        }

        @Override
        public NodeValue eval(NodeValue a, NodeValue b) {
            EvaluationLimits.checkProduct(a, b);
            return super.eval(a, b);
        }

        @Override
        public Expr copy(Expr a, Expr b) {
            return new Multiply(a, b);
        }
    }

    /** Swaps GROUP_CONCAT (plain and DISTINCT) for a version that stops at the string limit. */
    static final class Aggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup opGroup, Op subOp) {
            boolean changed = false;
            List<ExprAggregator> aggs = new ArrayList<>();
            for (ExprAggregator ea : opGroup.getAggregators()) {
                Aggregator a = ea.getAggregator();
                Aggregator capped = a;
                if (a instanceof AggGroupConcat g && !(a instanceof CappedConcat)) {
                    capped = new CappedConcat(g.getExprList().get(0), g.getSeparator());
                } else if (a instanceof AggGroupConcatDistinct g && !(a instanceof CappedConcatDistinct)) {
                    capped = new CappedConcatDistinct(g.getExprList().get(0), g.getSeparator());
                }
                changed |= capped != a;
                aggs.add(capped == a ? ea : new ExprAggregator(ea.getVar(), capped));
            }
            return changed ? new OpGroup(subOp, opGroup.getGroupVars(), aggs) : super.transform(opGroup, subOp);
        }
    }

    static final class CappedConcat extends AggGroupConcat {
        private final String sep;

        CappedConcat(Expr expr, String separator) {
            super(expr, separator);
            this.sep = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new CappedAccumulator(getExprList().get(0), false, sep);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new CappedConcat(exprs.get(0), sep);
        }
    }

    static final class CappedConcatDistinct extends AggGroupConcatDistinct {
        private final String sep;

        CappedConcatDistinct(Expr expr, String separator) {
            super(expr, separator);
            this.sep = separator;
        }

        @Override
        public Accumulator createAccumulator() {
            return new CappedAccumulator(getExprList().get(0), true, sep);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new CappedConcatDistinct(exprs.get(0), sep);
        }
    }

    /** ARQ's GROUP_CONCAT accumulator (string forms joined by the separator), refusing to grow past the limit. */
    private static final class CappedAccumulator extends AccumulatorExpr {
        private final StringBuilder sb = new StringBuilder();
        private final String separator;
        private boolean first = true;

        CappedAccumulator(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator == null ? " " : separator;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            String s = nv.asString();
            if ((long) sb.length() + separator.length() + s.length() > EvaluationLimits.MAX_STRING_CHARS) {
                throw EvaluationLimits.tooLong("GROUP_CONCAT");
            }
            if (!first) {
                sb.append(separator);
            }
            first = false;
            sb.append(s);
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
        }

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(sb.toString());
        }
    }
}
