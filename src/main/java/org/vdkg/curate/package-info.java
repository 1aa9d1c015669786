/**
 * The curation pipeline: read, validate, map into plain named graphs and shape-check the curated files, one source
 * at a time, handing each graph to a {@link org.vdkg.curate.GraphSink} (the build's database writer) when given one.
 */
package org.vdkg.curate;
