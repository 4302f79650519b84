#include "ui/teacher/artifactdialog.h"

#include "ui/teacher/artifactmelody.h"
#include "ui/teacher/artifactrowsview.h"
#include "ui/teacher/artifacttablemodel.h"
#include "ui/teacher/melodyartifactpanel.h"

#include "exercises/domains/view/domainviews.h"
#include "exercises/framework/createrule.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>

namespace stages {

ArtifactDialog::ArtifactDialog(ArtifactService &service, const Session &session, const ArtifactDetail &detail,
                               std::shared_ptr<const ExerciseContent> exercises, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_session(session)
    , m_detail(detail)
{
    setObjectName(QStringLiteral("artifactDialog"));
    const ArtifactSummary &a = detail.summary;
    //: Window title of an opened piece of work; %1 pupil, %2 kind of work ("Melody")
    setWindowTitle(tr("%1: %2").arg(a.pupilName, ArtifactTableModel::kindName(a)));
    resize(760, 640);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("%1: %2").arg(a.pupilName, ArtifactTableModel::kindName(a)), this);
    title->setObjectName(QStringLiteral("areaTitle"));
    layout->addWidget(title);
    //: Under the title of a pupil's work: %1 class, %2 the work's own title, %3 date and time
    auto *facts = new QLabel(tr("Class %1 · “%2” · %3")
                                 .arg(a.className.isEmpty() ? QStringLiteral("–") : a.className, a.title,
                                      QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat)),
                             this);
    facts->setStyleSheet(QStringLiteral("color: #546E7A;"));
    facts->setToolTip(a.exerciseId);
    layout->addWidget(facts);

    QWidget *work = nullptr;
    if (a.kind == QLatin1String("melody")) {
        const auto melody = ArtifactMelody::fromContent(detail.content);
        if (melody)
            work = m_melody = new MelodyArtifactPanel(melody.value(), this);
        else
            work = new QLabel(melody.error(), this);
    } else if (exercises) {
        // A domain may draw its own kind of work (a karate combination a figure performs).
        for (const DomainView *view : allDomainViews()) {
            if ((m_domainView = view->createArtifactView(a.kind, detail.content, *exercises, this)))
                break;
        }
        work = m_domainView;
        if (!work) {
            m_rows = ArtifactRowsView::fromContent(detail.content, *exercises);
            work = m_rows;
        }
    }
    // The rule the pupil's rows follow (picked from the cards, or set by the exercise).
    if (const auto rule = CreateRule::fromJson(detail.content.value(QStringLiteral("rule")).toObject());
        rule && a.kind == QLatin1String("arrangements")) {
        const QString name = ArtifactRowsView::elementName(detail.content, *rule, exercises.get());
        const QString words = rule->title(name);
        m_ruleLabel = new QLabel(detail.content.value(QStringLiteral("ruleChosen")).toBool()
                                     //: Pupil's work for the teacher: the rule the pupil picked, e.g. "Rows that start with kick"
                                     ? tr("Rule the pupil picked: %1").arg(words)
                                     //: Pupil's work for the teacher: the rule the exercise set
                                     : tr("Rule: %1").arg(words),
                                 this);
        m_ruleLabel->setObjectName(QStringLiteral("artifactRule"));
        m_ruleLabel->setStyleSheet(QStringLiteral("font-size: 15px; background: #FFF8E1; padding: 4px 8px;"));
        layout->addWidget(m_ruleLabel);
    }
    if (!work)
        work = new QLabel(tr("This kind of work cannot be shown in this version."), this);
    if (m_rows) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(m_rows);
        scroll->setMinimumHeight(std::min(m_rows->sizeHint().height() + 4, 300));
        scroll->setFrameShape(QFrame::NoFrame);
        layout->addWidget(scroll, 1);
    } else {
        layout->addWidget(work, 1);
    }

    auto *commentsTitle = new QLabel(tr("Comments"), this);
    commentsTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 15px; margin-top: 8px;"));
    layout->addWidget(commentsTitle);
    m_comments = new QListWidget(this);
    m_comments->setObjectName(QStringLiteral("commentList"));
    m_comments->setWordWrap(true);
    m_comments->setMaximumHeight(120);
    for (const ArtifactFeedback &f : detail.feedback)
        addComment(f);
    layout->addWidget(m_comments);
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("commentField"));
    m_comment->setPlaceholderText(tr("Write a short comment for this work…"));
    m_comment->setMaximumHeight(70);
    layout->addWidget(m_comment);
    auto *row = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    row->addWidget(m_message, 1);
    m_stars = new QComboBox(this);
    m_stars->setObjectName(QStringLiteral("starsChoice"));
    //: Stars a teacher may give with a comment on a pupil's work
    m_stars->addItem(tr("No stars"), 0);
    for (int n = 1; n <= ArtifactService::kMaxStars; ++n)
        m_stars->addItem(QString(n, QChar(0x2605)), n);
    m_stars->setToolTip(tr("Stars the pupil sees on their home with your comment"));
    m_stars->setAccessibleName(tr("Stars"));
    row->addWidget(m_stars);
    m_save = new QPushButton(tr("Save comment"), this);
    m_save->setObjectName(QStringLiteral("saveComment"));
    m_save->setEnabled(session.can(Capability::ViewClassProgress));
    connect(m_save, &QPushButton::clicked, this, &ArtifactDialog::saveComment);
    row->addWidget(m_save);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ArtifactDialog::addComment(const ArtifactFeedback &f)
{
    const QString when = QLocale().toString(f.createdAt.toLocalTime(), QLocale::ShortFormat);
    if (f.stars > 0)
        //: One comment on a pupil's work with stars: %1 author, %2 date and time, %3 stars ("★★"), %4 the comment
        m_comments->addItem(tr("%1, %2: %3 %4").arg(f.authorName, when, QString(f.stars, QChar(0x2605)), f.body));
    else
        //: One comment on a pupil's work: %1 author, %2 date and time, %3 the comment
        m_comments->addItem(tr("%1, %2: %3").arg(f.authorName, when, f.body));
}

void ArtifactDialog::saveComment()
{
    const auto saved = m_service.addFeedback(m_session, m_detail.summary.id, m_comment->toPlainText(),
                                               m_stars->currentData().toInt());
    if (!saved) {
        m_message->setText(saved.error());
        return;
    }
    m_message->clear();
    m_comment->clear();
    m_stars->setCurrentIndex(0);
    addComment(saved.value());
    m_comments->scrollToBottom();
    emit commentAdded(saved.value());
}

} // namespace stages
