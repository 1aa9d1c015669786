/**
 * Linked-data publishing: dereferenceable entity and ontology IRIs with content negotiation, HTML pages,
 * the VoID/DCAT dataset description, dumps and the JSON-LD context, all served next to Fuseki.
 */
package org.vdkg.publish;
