/**
 * vdkg: a knowledge graph of Vietnam's defence and public-security foreign relations, and its SPARQL endpoint. The
 * packages are layers in the order data flows, each using only those below it (README, "Repository layout"):
 * problem, layout, vocab, yaml, model, read, validate, map, curate, store, build, query, network, export, web, then the
 * features publish, search and view, then serve, coverage and cli.
 */
package org.vdkg;
