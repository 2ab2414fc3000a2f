package dev.zatta.gan.model;

/**
 * What one training step measured, immutable. Losses and P(real) values are batch means.
 *
 * @param lossD        D's loss: real → REAL plus fake → FAKE
 * @param lossG        G's loss: the updated D's verdict on the fake batch against REAL
 * @param dReal        D's mean P(real) of the real batch, before D's update
 * @param dFakeBeforeD D's mean P(real) of the fake batch, before D's update
 * @param dFake        the updated D's mean P(real) of the fake batch, as G's step saw it
 */
public record StepResult(double lossD, double lossG, double dReal, double dFakeBeforeD, double dFake) {
    /** Whether both losses are finite numbers. */
    public boolean finite() {
        return Double.isFinite(lossD) && Double.isFinite(lossG);
    }
}
