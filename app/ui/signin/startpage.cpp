#include "ui/signin/startpage.h"

#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

namespace stages {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 28);

    auto *top = new QHBoxLayout;
    auto *logo = new QLabel(this);
    logo->setPixmap(Artwork::render(Artwork::iconPath(QStringLiteral("stages")), 48, devicePixelRatioF()));
    top->addWidget(logo);
    m_school = new QLabel(this);
    m_school->setObjectName(QStringLiteral("schoolName"));
    top->addWidget(m_school, 1);
    layout->addLayout(top);

    layout->addStretch(2);
    auto *welcome = new QLabel(tr("Hello! Who are you?"), this);
    welcome->setObjectName(QStringLiteral("pageTitle"));
    welcome->setAlignment(Qt::AlignCenter);
    layout->addWidget(welcome);
    layout->addSpacing(18);

    m_pupil = new TileButton(this);
    m_pupil->setObjectName(QStringLiteral("pupilTile"));
    m_pupil->setText(tr("I'm a pupil"));
    m_pupil->setArtwork(Artwork::iconPath(QStringLiteral("pupil")));
    m_pupil->setColor(QColor(QStringLiteral("#FFD54F")));
    m_pupil->setTileSize(QSize(340, 280));
    connect(m_pupil, &TileButton::clicked, this, &StartPage::pupilChosen);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_pupil);
    row->addStretch();
    layout->addLayout(row);
    layout->addSpacing(24);

    m_staff = new QPushButton(Artwork::icon(QStringLiteral("teacher")), tr("Teacher or trainer"), this);
    m_staff->setObjectName(QStringLiteral("staffButton"));
    m_staff->setIconSize(QSize(28, 28));
    m_staff->setMinimumHeight(52);
    m_staff->setCursor(Qt::PointingHandCursor);
    connect(m_staff, &QPushButton::clicked, this, &StartPage::staffChosen);
    auto *staffRow = new QHBoxLayout;
    staffRow->addStretch();
    staffRow->addWidget(m_staff);
    staffRow->addStretch();
    layout->addLayout(staffRow);
    layout->addStretch(3);
    setFocusProxy(m_pupil);
}

void StartPage::setSchoolName(const QString &name)
{
    m_school->setText(name);
}

} // namespace stages
