#include "exercises/movement/karatepose.h"

#include <QHash>
#include <QtMath>

#include <array>

namespace stages::movement {

namespace {

// Body proportions (a child-like figure: a big head, about one unit tall).
constexpr qreal kTorso = 0.30;
constexpr qreal kNeck = 0.05;
constexpr qreal kUpperArm = 0.15;
constexpr qreal kForearm = 0.14;
constexpr qreal kThigh = 0.22;
constexpr qreal kShin = 0.22;

/// A unit vector at @p degrees from straight down, towards +x for positive angles.
QPointF limb(qreal degrees, qreal length, qreal facing)
{
    const qreal r = qDegreesToRadians(degrees);
    return { std::sin(r) * length * facing, std::cos(r) * length };
}

KaratePose make(std::initializer_list<qreal> v)
{
    const auto *p = v.begin();
    KaratePose pose;
    pose.lean = p[0];
    pose.headTilt = p[1];
    pose.nearShoulder = p[2];
    pose.nearElbow = p[3];
    pose.farShoulder = p[4];
    pose.farElbow = p[5];
    pose.nearHip = p[6];
    pose.nearKnee = p[7];
    pose.farHip = p[8];
    pose.farKnee = p[9];
    pose.facing = p[10];
    pose.shift = p[11];
    return pose;
}

const QHash<QString, KaratePose> &poses()
{
    //                         lean head  near arm     far arm     near leg    far leg   facing shift
    static const QHash<QString, KaratePose> table {
        // Punch (oi-zuki): the near fist straight ahead, the other pulled back to the hip.
        { QStringLiteral("punch"), make({ 5, 0, 90, 0, -35, 115, 28, 25, -25, 0, 1, 0.06 }) },
        // Front kick (mae-geri): the near leg up and straight ahead, fists on guard.
        { QStringLiteral("kick"), make({ -10, 0, 35, 95, 50, 90, 95, 10, -4, 6, 1, 0 }) },
        // Rising block (age-uke): the near forearm above the head, the other fist at the hip.
        { QStringLiteral("block"), make({ 0, -5, 140, 65, -35, 115, 25, 25, -25, 0, 1, 0.04 }) },
        // A step forward into a long stance, arms swinging.
        { QStringLiteral("step"), make({ 3, 0, -25, 20, 35, 35, 38, 35, -32, 4, 1, 0.18 }) },
        // Turned round: facing the other way, on guard.
        { QStringLiteral("turn"), make({ 0, 0, 35, 95, 50, 90, 14, 10, -14, 4, -1, 0 }) },
        // Bow (rei): leaning forward, hands on the thighs, head down.
        { QStringLiteral("bow"), make({ 40, 20, 30, 0, 30, 0, 0, 0, 0, 0, 1, 0 }) },
    };
    return table;
}

} // namespace

KaratePose KaratePose::ready()
{
    return make({ 0, 0, 20, 35, 14, 35, 10, 4, -10, 4, 1, 0 });
}

std::optional<KaratePose> KaratePose::forMove(const QString &key)
{
    const auto it = poses().constFind(key);
    if (it == poses().constEnd())
        return std::nullopt;
    return *it;
}

QStringList KaratePose::moveKeys()
{
    QStringList keys = poses().keys();
    keys.sort();
    return keys;
}

KaratePose KaratePose::blend(const KaratePose &a, const KaratePose &b, qreal t)
{
    auto mix = [t](qreal x, qreal y) { return x + (y - x) * t; };
    KaratePose p;
    p.lean = mix(a.lean, b.lean);
    p.headTilt = mix(a.headTilt, b.headTilt);
    p.nearShoulder = mix(a.nearShoulder, b.nearShoulder);
    p.nearElbow = mix(a.nearElbow, b.nearElbow);
    p.farShoulder = mix(a.farShoulder, b.farShoulder);
    p.farElbow = mix(a.farElbow, b.farElbow);
    p.nearHip = mix(a.nearHip, b.nearHip);
    p.nearKnee = mix(a.nearKnee, b.nearKnee);
    p.farHip = mix(a.farHip, b.farHip);
    p.farKnee = mix(a.farKnee, b.farKnee);
    p.facing = mix(a.facing, b.facing);
    p.shift = mix(a.shift, b.shift);
    return p;
}

qreal KaratePose::distance(const KaratePose &a, const KaratePose &b)
{
    const std::array<qreal, 12> d { a.lean - b.lean,
                                    a.headTilt - b.headTilt,
                                    a.nearShoulder - b.nearShoulder,
                                    a.nearElbow - b.nearElbow,
                                    a.farShoulder - b.farShoulder,
                                    a.farElbow - b.farElbow,
                                    a.nearHip - b.nearHip,
                                    a.nearKnee - b.nearKnee,
                                    a.farHip - b.farHip,
                                    a.farKnee - b.farKnee,
                                    (a.facing - b.facing) * 100,
                                    (a.shift - b.shift) * 100 };
    qreal most = 0;
    for (qreal v : d)
        most = std::max(most, std::abs(v));
    return most;
}

KarateSkeleton KaratePose::skeleton() const
{
    // While turning, the figure is seen from the front: sideways parts shrink towards the middle.
    const qreal f = std::abs(facing) < 0.15 ? (facing < 0 ? -0.15 : 0.15) : facing;
    KarateSkeleton s;
    s.hip = QPointF(shift, 0);
    s.neck = s.hip + QPointF(std::sin(qDegreesToRadians(lean)) * kTorso * f, -std::cos(qDegreesToRadians(lean)) * kTorso);
    const qreal headAngle = qDegreesToRadians(lean + headTilt);
    s.head = s.neck
        + QPointF(std::sin(headAngle) * (kNeck + s.headRadius) * f, -std::cos(headAngle) * (kNeck + s.headRadius));
    const QPointF shoulder = s.neck + (s.hip - s.neck) * 0.08;
    s.nearElbow = shoulder + limb(nearShoulder, kUpperArm, f);
    s.nearHand = s.nearElbow + limb(nearShoulder + nearElbow, kForearm, f);
    s.farElbow = shoulder + limb(farShoulder, kUpperArm, f);
    s.farHand = s.farElbow + limb(farShoulder + farElbow, kForearm, f);
    s.nearKnee = s.hip + limb(nearHip, kThigh, f);
    s.nearFoot = s.nearKnee + limb(nearHip - nearKnee, kShin, f);
    s.farKnee = s.hip + limb(farHip, kThigh, f);
    s.farFoot = s.farKnee + limb(farHip - farKnee, kShin, f);
    // Stand on the floor: the lower foot touches y = 0.
    const qreal lift = -std::max(s.nearFoot.y(), s.farFoot.y());
    for (QPointF *p : { &s.head, &s.neck, &s.hip, &s.nearElbow, &s.nearHand, &s.farElbow, &s.farHand, &s.nearKnee,
                        &s.nearFoot, &s.farKnee, &s.farFoot })
        p->ry() += lift;
    return s;
}

} // namespace stages::movement
