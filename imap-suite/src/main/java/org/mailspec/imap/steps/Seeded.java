package org.mailspec.imap.steps;

/** A message the scenario put in a mailbox: which fixture, its octets, and the UID it got. */
record Seeded(String fixture, byte[] octets, long uid) {
}
