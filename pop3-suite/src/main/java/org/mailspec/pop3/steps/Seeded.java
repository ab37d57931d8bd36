package org.mailspec.pop3.steps;

import org.mailspec.fixture.TestMessage;

/** A message the scenario seeded, under the name the scenario gave it ({@code m1}). */
public record Seeded(String label, String fixture, TestMessage message) {
}
