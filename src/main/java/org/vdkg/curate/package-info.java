/**
 * The curation pipeline: read, validate, map into plain named graphs and shape-check the curated files, one source
 * at a time, handing each graph to a {@link org.vdkg.curate.GraphSink} (the build's database writer) when given one,
 * with the key of what each source's graph is made from ({@link org.vdkg.curate.SourceKey}), so that a build can take
 * an unchanged source's graph from the last build instead.
 */
package org.vdkg.curate;
