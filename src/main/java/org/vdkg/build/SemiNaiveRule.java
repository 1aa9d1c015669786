package org.vdkg.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpUnion;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_Path0;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * One derivation rule, prepared for semi-naive evaluation: after the first round, a rule can only derive something
 * new from a match that uses at least one triple derived in the previous round (the delta). So the rule is
 * evaluated once per triple pattern that could match the delta, with that pattern read from the delta graph and
 * put first (the delta is small), the others from all triples, and of a UNION only the branch holding that pattern. A rule that is not monotone (OPTIONAL, MINUS,
 * NOT EXISTS, aggregates, LIMIT, GRAPH, SERVICE) or whose property path reads a predicate of the delta is
 * evaluated whole again, as the naive method does. A guard (a filter over curated triples only, which no round
 * changes) is applied to every form and does not make the rule non-monotone.
 */
final class SemiNaiveRule {

    private final Query query;
    private final Op op;
    private final Expr guard;
    private final boolean whole;
    /** Each triple pattern and the basic pattern it is in. */
    private final List<Map.Entry<OpBGP, Integer>> patterns = new ArrayList<>();
    /** The predicates the rule's property paths read; null when a path reads any predicate (a negated set). */
    private Set<Node> pathPredicates = new HashSet<>();

    /**
     * @param rule the CONSTRUCT rule
     * @param guard a filter on the rule's whole pattern that reads only triples no rule derives, or null
     */
    SemiNaiveRule(Query rule, Expr guard) {
        this.op = Algebra.compile(rule);
        this.guard = guard;
        if (guard == null) {
            this.query = rule;
        } else {
            ElementGroup guarded = new ElementGroup();
            guarded.addElement(rule.getQueryPattern());
            guarded.addElementFilter(new ElementFilter(guard));
            this.query = rule.cloneQuery();
            this.query.setQueryPattern(guarded);
        }
        boolean[] notMonotone = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                for (int i = 0; i < bgp.getPattern().size(); i++) {
                    patterns.add(Map.entry(bgp, i));
                }
            }

            @Override
            public void visit(OpPath path) {
                if (pathPredicates != null) {
                    collect(path.getTriplePath().getPath());
                }
            }

            @Override
            public void visit(OpFilter filter) {
                filter.getExprs().forEach(this::exists);
            }

            @Override
            public void visit(OpExtend extend) {
                extend.getVarExprList().getExprs().values().forEach(this::exists);
            }

            private void exists(Expr e) {
                Walker.walk(e, new ExprVisitorBase() {
                    @Override
                    public void visit(ExprFunctionOp funcOp) {
                        notMonotone[0] = true;
                    }
                });
            }

            @Override public void visit(OpLeftJoin x) { notMonotone[0] = true; }
            @Override public void visit(OpConditional x) { notMonotone[0] = true; }
            @Override public void visit(OpMinus x) { notMonotone[0] = true; }
            @Override public void visit(OpGroup x) { notMonotone[0] = true; }
            @Override public void visit(OpSlice x) { notMonotone[0] = true; }
            @Override public void visit(OpTopN x) { notMonotone[0] = true; }
            @Override public void visit(OpGraph x) { notMonotone[0] = true; }
            @Override public void visit(OpQuad x) { notMonotone[0] = true; }
            @Override public void visit(OpQuadPattern x) { notMonotone[0] = true; }
            @Override public void visit(OpService x) { notMonotone[0] = true; }
            @Override public void visit(OpDatasetNames x) { notMonotone[0] = true; }
        });
        this.whole = notMonotone[0];
    }

    private void collect(Path p) {
        if (p instanceof P_NegPropSet || pathPredicates == null) {
            pathPredicates = null;
        } else if (p instanceof P_Path0 link) {
            pathPredicates.add(link.getNode());
        } else if (p instanceof P_Path1 one) {
            collect(one.getSubPath());
        } else if (p instanceof P_Path2 two) {
            collect(two.getLeft());
            collect(two.getRight());
        } else {
            pathPredicates = null;
        }
    }

    Query query() {
        return query;
    }

    /**
     * The forms of the rule to evaluate against a delta with these predicates: empty when no pattern can match the
     * delta, null when the whole rule must be evaluated again.
     */
    List<Op> overDelta(Set<Node> deltaPredicates, Node deltaGraph) {
        if (whole || pathPredicates == null || pathPredicates.stream().anyMatch(deltaPredicates::contains)) {
            return null;
        }
        List<Op> forms = new ArrayList<>();
        for (Map.Entry<OpBGP, Integer> at : patterns) {
            Triple t = at.getKey().getPattern().get(at.getValue());
            Node p = t.getPredicate();
            if (p.isVariable() || deltaPredicates.contains(p)) {
                Op form = withDelta(at.getKey(), at.getValue(), deltaGraph);
                forms.add(guard == null ? form : OpFilter.filter(guard, form));
            }
        }
        return forms;
    }

    /** The rule with pattern {@code index} of {@code target} read from {@code deltaGraph}, first in its group. */
    private Op withDelta(OpBGP target, int index, Node deltaGraph) {
        Map<Op, Boolean> mark = new IdentityHashMap<>();
        mark.put(target, true);
        return Transformer.transform(new TransformCopy() {
            @Override
            public Op transform(OpBGP bgp) {
                if (!mark.containsKey(bgp)) {
                    return bgp;
                }
                BasicPattern delta = new BasicPattern();
                BasicPattern rest = new BasicPattern();
                List<Triple> all = bgp.getPattern().getList();
                for (int i = 0; i < all.size(); i++) {
                    (i == index ? delta : rest).add(all.get(i));
                }
                Op first = new OpGraph(deltaGraph, new OpBGP(delta));
                return rest.isEmpty() ? first : OpSequence.create(first, new OpBGP(rest));
            }

            @Override
            public Op transform(OpUnion union, Op left, Op right) {
                // A match that uses the delta pattern comes through its branch only: the other would be read whole.
                if (readsDelta(left, deltaGraph)) {
                    return left;
                }
                if (readsDelta(right, deltaGraph)) {
                    return right;
                }
                return super.transform(union, left, right);
            }
        }, op);
    }

    private static boolean readsDelta(Op op, Node deltaGraph) {
        boolean[] found = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpGraph g) {
                found[0] |= g.getNode().equals(deltaGraph);
            }
        });
        return found[0];
    }
}
