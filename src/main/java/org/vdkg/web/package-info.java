/** The web shell every page of the site shares: page frame and escaper, content negotiation, responses and errors, the served dataset, values computed from it once per read-only server (Precomputed), and registration of features as Fuseki modules. */
package org.vdkg.web;
