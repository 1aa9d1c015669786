/** vdkg: a knowledge graph of Vietnam's defence and public-security foreign relations, and its SPARQL endpoint. */
package org.vdkg;
