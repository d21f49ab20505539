package org.copydesk.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewIdsTest {

  @Test
  void aMillionNewIdsAreMostlyNewAndNeverNewTwice() {
    NewIds ids = new NewIds();
    int takenForSeen = 0;
    for (int i = 0; i < 1_000_000; i++) {
      takenForSeen += ids.firstSight(NewIds.hash(String.format("gen-%07d", i))) ? 0 : 1;
    }
    // two bits of 2^25 per id: about 0.3% expected after a million
    assertTrue(takenForSeen < 6_000, takenForSeen + " of 1,000,000 new ids taken for seen");
    for (int i = 0; i < 1_000_000; i += 997) {
      assertFalse(ids.firstSight(NewIds.hash(String.format("gen-%07d", i))), "gen-" + i);
    }
  }
}
