package org.mailspec.pop3.steps;

import io.cucumber.java.ParameterType;

/** The names used in step phrases (STEPS.md): a client is one capital letter, a seeded message a lower-case word. */
public class ParameterTypes {

    @ParameterType("[A-Z]")
    public String client(String name) {
        return name;
    }

    @ParameterType("[a-z][a-z0-9]*")
    public String message(String label) {
        return label;
    }
}
