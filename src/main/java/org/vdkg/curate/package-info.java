/** The curation pipeline: read, validate, map and shape-check the curated files into an RDF dataset. */
package org.vdkg.curate;
