#include "ui/signin/avatarchoicepage.h"

#include "ui/widgets/artwork.h"
#include "ui/widgets/emptystate.h"
#include "ui/widgets/pagetitle.h"
#include "ui/widgets/tilebutton.h"
#include "ui/widgets/tilegrid.h"

#include <QStackedLayout>

namespace stages {

namespace {
QString firstName(const QString &displayName)
{
    return displayName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}
} // namespace

AvatarChoicePage::AvatarChoicePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("avatarChoicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 24);
    m_title = new PageTitle(tr("Who are you?"), this);
    connect(m_title, &PageTitle::backClicked, this, &AvatarChoicePage::backClicked);
    layout->addWidget(m_title);
    m_stack = new QStackedLayout;
    m_grid = new TileGrid(this);
    //: Screen reader name of the grid of pupils' pictures on the sign-in
    m_grid->setAccessibleName(tr("Pupils"));
    m_stack->addWidget(m_grid);
    m_empty = new EmptyState(QStringLiteral("pupils"), tr("Nobody here yet"),
                             tr("Ask your teacher to add you to this class."), this);
    m_stack->addWidget(m_empty);
    //: Shown to pupils when the pupils of a class cannot be read (a storage problem)
    m_problem = new EmptyState(QStringLiteral("pupils"), tr("The pupils cannot be shown now"),
                               tr("Ask your teacher for help."), this);
    m_problem->setObjectName(QStringLiteral("pupilsProblem"));
    m_stack->addWidget(m_problem);
    layout->addLayout(m_stack, 1);
}

void AvatarChoicePage::showProblem(const QString &className)
{
    setPupils(className, {});
    m_stack->setCurrentWidget(m_problem);
}

QString AvatarChoicePage::shownName(const Person &pupil, const QList<Person> &classmates)
{
    const QString first = firstName(pupil.displayName);
    for (const Person &other : classmates) {
        if (other.id != pupil.id && firstName(other.displayName) == first)
            return pupil.displayName;
    }
    return first;
}

void AvatarChoicePage::setPupils(const QString &className, const QList<Person> &pupils)
{
    //: %1 is the name of the pupil's class, e.g. "1.A"
    m_title->setText(tr("Who are you? (%1)").arg(className));
    m_grid->clear();
    for (const Person &pupil : pupils) {
        auto *tile = new TileButton;
        tile->setObjectName(QStringLiteral("pupil:%1").arg(pupil.id));
        tile->setText(shownName(pupil, pupils));
        tile->setArtwork(Artwork::avatarPath(pupil.avatar));
        tile->setColor(QColor(QStringLiteral("#FFFFFF")));
        tile->setTileSize(QSize(150, 160));
        tile->setAccessibleName(pupil.displayName);
        connect(tile, &TileButton::clicked, this, [this, pupil] { emit pupilChosen(pupil); });
        m_grid->addTile(tile);
    }
    m_stack->setCurrentWidget(pupils.isEmpty() ? m_empty : static_cast<QWidget *>(m_grid));
    m_grid->focusFirst();
    setFocusProxy(m_grid->tiles().value(0));
}

QList<TileButton *> AvatarChoicePage::tiles() const
{
    return m_grid->tiles();
}

} // namespace stages
