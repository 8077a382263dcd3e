/// An ally's own deterrent: nuclear weapons count fully, the means to build them quickly a little.
public enum OwnDeterrent {
    /// Strength of a deterrent with own weapons.
    public static let armedStrength = 1.0
    /// Strength of latency (e.g. a large stock of separated plutonium): real but far from a weapon.
    public static let latentStrength = 0.2

    /// 0–1 strength from a posture; nil when it is not known whether the actor is armed.
    ///
    /// Any arsenal counts fully: even a small one makes an attacker weigh a nuclear reply.
    public static func strength(_ posture: NuclearPosture) -> Double? {
        guard let armed = posture.armed else { return nil }
        if armed { return armedStrength }
        return posture.latent ? latentStrength : 0
    }
}
