package org.guidepost.cli;

import org.guidepost.model.Communication;
import org.guidepost.model.Report;

/** One communication of the input and what checking it gave. */
record Checked(Communication communication, Report report) {
}
