package org.mailspec.imap.steps;

import java.util.List;

/** Commands written back to back on one client (RFC 9051 5.5), in the order sent. */
record Pipeline(Session session, List<Observation> commands) {
}
