/**
 * Running scenarios in parallel without changing a verdict: what each scenario holds exclusively
 * (an account's INBOX or POP3 maildrop), how many connections it opens on an account, and an order
 * that starts the scenarios which wait on the server (failed-login delays) first. The lock is taken
 * in a Before hook and returned in an After hook ({@code org.mailspec.run.glue}).
 */
package org.mailspec.run.schedule;
