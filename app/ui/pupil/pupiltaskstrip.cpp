#include "ui/pupil/pupiltaskstrip.h"

#include "core/clock.h"
#include "exercises/domains/domains.h"
#include "exercises/framework/speech/speaker.h"
#include "exercises/framework/view/domainpage.h"
#include "exercises/framework/view/screenservices.h"
#include "exercises/framework/view/taskscreen.h"
#include "ui/pupil/badgetile.h"
#include "ui/pupil/pupilfeedbackdialog.h"
#include "ui/pupil/pupilhome.h"
#include "ui/widgets/artwork.h"

namespace stages {

PupilTaskStrip::PupilTaskStrip(PupilHome &home, const PageContext &context, QWidget *parent)
    : QWidget(parent)
    , m_home(home)
    , m_context(context)
    , m_assignments(context.database, context.clock)
    , m_artifacts(context.database, context.clock)
{
    setObjectName(QStringLiteral("pupilTaskStrip"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addStretch(1);
    m_row = new QHBoxLayout;
    m_row->setSpacing(8);
    outer->addLayout(m_row);
    outer->addStretch(1);
    connect(&home, &PupilHome::homeShown, this, &PupilTaskStrip::reload);
    reload();
}

PupilTaskStrip *PupilTaskStrip::install(PupilHome &home, const PageContext &context)
{
    // A child of the home from the start: a strip without a parent would open as a window of its
    // own when it shows its tiles, and take the focus away from the app (issue 14, point 5).
    auto *strip = new PupilTaskStrip(home, context, &home);
    home.setTopStrip(strip);
    return strip;
}

void PupilTaskStrip::clearTiles()
{
    for (QWidget *w : m_taskTiles)
        delete w;
    for (QWidget *w : m_pieceTiles)
        delete w;
    delete m_gap;
    m_gap = nullptr;
    m_taskTiles.clear();
    m_pieceTiles.clear();
}

void PupilTaskStrip::reload()
{
    clearTiles();
    // A pupil never sees a storage error here: without the list, the home is as it always was.
    const QList<PupilAssignment> assignments = m_assignments.openForPupil(m_context.session).value_or({});
    const QDate today = m_context.clock.now().toLocalTime().date();
    // Every task of every open assignment, then the ones still to do first (those due soon
    // before the others): with more tasks than tiles, none still to do hides behind a done one.
    struct Task
    {
        QString assignmentId;
        int index;
        AssignmentItem item;
        const DomainModule *domain;
        bool done;
        bool dueSoon;
    };
    QList<Task> tasks;
    for (const PupilAssignment &a : assignments) {
        const bool dueSoon = a.dueOn.isValid() && today.daysTo(a.dueOn) <= kDueSoonDays;
        for (int i = 0; i < a.items.size(); ++i) {
            const DomainModule *domain = findDomain(a.items.at(i).domain);
            if (domain && domain->isAvailable())
                tasks.append({ a.id, i, a.items.at(i), domain, a.itemsDone.value(i), dueSoon });
        }
    }
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &x, const Task &y) {
        return std::pair(x.done, !x.dueSoon) < std::pair(y.done, !y.dueSoon);
    });
    for (const Task &task : std::as_const(tasks)) {
        if (m_taskTiles.size() >= kMaxTasks)
            break;
        auto *tile = new BadgeTile(this);
        tile->setObjectName(QStringLiteral("task:%1:%2").arg(task.assignmentId).arg(task.index));
        tile->setArtwork(Artwork::iconPath(task.domain->icon()));
        tile->setColor(QColor(task.domain->color()));
        tile->setStageNumber(task.item.stage);
        tile->setDone(task.done);
        tile->setDueSoon(task.dueSoon && !task.done);
        //: For screen readers and as a tooltip: a task the teacher gave; %1 kind of game ("Music"), %2 stage number
        const QString name = tr("Your task: %1, stage %2").arg(task.domain->title()).arg(task.item.stage);
        tile->setAccessibleName(name);
        tile->setToolTip(name);
        connect(tile, &BadgeTile::clicked, this, [this, item = task.item] { start(item); });
        m_row->addWidget(tile);
        m_taskTiles.append(tile);
    }

    QList<ArtifactSummary> pieces;
    for (const ArtifactSummary &piece : m_artifacts.listOwn(m_context.session).value_or({})) {
        if (piece.feedbackCount > 0)
            pieces.append(piece);
    }
    // New comments first, then the newest piece (listOwn gives newest first).
    std::stable_sort(pieces.begin(), pieces.end(), [](const ArtifactSummary &x, const ArtifactSummary &y) {
        return (x.unseenFeedback > 0) > (y.unseenFeedback > 0);
    });
    const int room = kMaxTiles - int(m_taskTiles.size());
    if (!pieces.isEmpty() && room > 0 && !m_taskTiles.isEmpty()) {
        m_gap = new QWidget(this);
        m_gap->setFixedWidth(16);
        m_row->addWidget(m_gap);
    }
    for (int i = 0; i < pieces.size() && i < room; ++i) {
        const ArtifactSummary piece = pieces.at(i);
        auto *tile = new BadgeTile(this);
        tile->setObjectName(QStringLiteral("piece:%1").arg(piece.id));
        tile->setArtwork(pieceArtwork(piece));
        tile->setColor(QColor(QStringLiteral("#FFF8E1")));
        tile->setStars(piece.stars);
        tile->setNew(piece.unseenFeedback > 0);
        const QString name = piece.unseenFeedback > 0
            //: For screen readers and as a tooltip: the pupil's own work with a new comment from the teacher
            ? tr("Your teacher wrote something new about your work")
            //: For screen readers and as a tooltip: the pupil's own work the teacher commented on
            : tr("What your teacher said about your work");
        tile->setAccessibleName(name);
        tile->setToolTip(name);
        connect(tile, &BadgeTile::clicked, this, [this, id = piece.id] { openPiece(id); });
        m_row->addWidget(tile);
        m_pieceTiles.append(tile);
    }
    setVisible(!m_taskTiles.isEmpty() || !m_pieceTiles.isEmpty());
}

QString PupilTaskStrip::pieceArtwork(const ArtifactSummary &piece) const
{
    const Exercise *exercise = m_context.content ? m_context.content->catalogue().find(piece.exerciseId) : nullptr;
    const DomainModule *domain = exercise ? findDomain(exercise->domain) : nullptr;
    if (domain)
        return Artwork::iconPath(domain->icon());
    return Artwork::iconPath(QStringLiteral("work"));
}

void PupilTaskStrip::start(const AssignmentItem &item)
{
    auto *page = qobject_cast<DomainPage *>(m_home.domainPage(item.domain));
    if (!page)
        return;
    m_home.showDomain(item.domain);
    // An exercise gone from the catalogue (a newer version) still leaves its stage to do.
    if (item.isWholeStage() || !page->openExercise(item.exerciseId))
        page->openStage(item.stage);
    emit taskStarted(item);
}

void PupilTaskStrip::openPiece(const QString &artifactId)
{
    const auto detail = m_artifacts.read(m_context.session, artifactId);
    if (!detail)
        return;
    // The pupil still sees the comment when the database cannot take the note of it now.
    if (const auto seen = m_artifacts.markFeedbackSeen(m_context.session, artifactId); !seen)
        qWarning("feedback not marked as seen: %s", qPrintable(seen.error()));
    Speaker *speaker = m_context.services ? qobject_cast<Speaker *>(m_context.services->service(u"speech")) : nullptr;
    PupilFeedbackDialog dialog(detail.value(), speaker, window());
    m_dialog = &dialog;
    dialog.exec();
    m_dialog = nullptr;
    reload();
}

} // namespace stages
