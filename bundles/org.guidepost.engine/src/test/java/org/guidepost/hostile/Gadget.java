package org.guidepost.hostile;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;

/** Stands for a deserialisation gadget: it records when it is brought to life. */
public final class Gadget implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Set when any Gadget is deserialised. */
    public static volatile boolean revived;

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        revived = true;
    }
}
