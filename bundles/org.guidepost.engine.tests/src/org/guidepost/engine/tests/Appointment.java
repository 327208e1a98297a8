package org.guidepost.engine.tests;

/** A fact class that only this test bundle can load: rules about it need the engine's bridge class loader. */
public class Appointment {
    private final String communicationId;
    private final boolean booked;

    public Appointment(String communicationId, boolean booked) {
        this.communicationId = communicationId;
        this.booked = booked;
    }

    public String getCommunicationId() {
        return communicationId;
    }

    public boolean isBooked() {
        return booked;
    }
}
