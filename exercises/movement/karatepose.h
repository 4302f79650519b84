#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace stages::movement {

/// Where the parts of a drawn karate figure are, in body units: the floor is y = 0, up is
/// negative y (as on screen), the figure is about 1 tall and faces +x. KaratePose::skeleton().
struct KarateSkeleton
{
    QPointF head; ///< centre of the head
    qreal headRadius = 0.07;
    QPointF neck, hip;
    QPointF nearElbow, nearHand, farElbow, farHand;
    QPointF nearKnee, nearFoot, farKnee, farFoot;
};

/// One pose of the karate figure as joint angles (degrees), the data the animation blends
/// (issue 8). Limb angles are measured from straight down, positive towards where the figure
/// faces; an elbow bends the forearm further forward/up, a knee bends the shin backwards. The
/// "near" arm and leg are the ones in front (drawn last). QtCore only: the painter is thin.
struct KaratePose
{
    qreal lean = 0; ///< torso forward from upright
    qreal headTilt = 0; ///< head forward (a bow)
    qreal nearShoulder = 0, nearElbow = 0, farShoulder = 0, farElbow = 0;
    qreal nearHip = 0, nearKnee = 0, farHip = 0, farKnee = 0;
    qreal facing = 1; ///< 1 faces right, -1 turned round; in between the figure is turning
    qreal shift = 0; ///< the hip forward (body units), a step

    /// The starting stance (yoi), between moves and at the end.
    static KaratePose ready();
    /// The pose of a karate move by its skin key (punch, kick, block, step, turn, bow).
    static std::optional<KaratePose> forMove(const QString &key);
    /// The move keys that have a pose.
    static QStringList moveKeys();
    /// @p t of the way from @p from to @p to (each value in a straight line).
    static KaratePose blend(const KaratePose &from, const KaratePose &to, qreal t);
    /// The largest difference of one value (degrees or body units x 100) between two poses.
    static qreal distance(const KaratePose &a, const KaratePose &b);

    /// The figure's parts for this pose, standing on the floor (the lower foot at y = 0).
    KarateSkeleton skeleton() const;
};

} // namespace stages::movement
