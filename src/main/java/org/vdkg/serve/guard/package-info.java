/** Guards for running the SPARQL endpoint in public: authentication of writes, limits on requests and results, and HTTP caching of the immutable database. */
package org.vdkg.serve.guard;
