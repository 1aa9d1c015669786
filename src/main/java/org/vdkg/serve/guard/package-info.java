/** Guards for running the SPARQL endpoint in public: authentication of writes, limits on requests and results, HTTP caching of the immutable database, and safety for browsers (no cross-site writes, CORS without credentials, no reflected input, security headers, throttled logins). */
package org.vdkg.serve.guard;
