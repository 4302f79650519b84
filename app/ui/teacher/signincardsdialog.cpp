#include "ui/teacher/signincardsdialog.h"

#include "core/accounts/signinpictures.h"
#include "ui/widgets/artwork.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stages {

namespace {

constexpr int kBigPicture = 120;

/// One pupil's pictures, big, each with its number above it.
QWidget *picturesRow(const SignInCard &card, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(QStringLiteral("newPicturesRow"));
    auto *grid = new QGridLayout(row);
    for (qsizetype i = 0; i < card.pictures.size(); ++i) {
        const int picture = card.pictures.at(i);
        auto *number = new QLabel(QString::number(i + 1), row);
        number->setAlignment(Qt::AlignCenter);
        QFont font = number->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.6);
        number->setFont(font);
        auto *image = new QLabel(row);
        image->setPixmap(Artwork::render(Artwork::picturePath(picture), kBigPicture, row->devicePixelRatioF()));
        image->setAlignment(Qt::AlignCenter);
        image->setAccessibleName(SignInPictures::name(picture));
        auto *name = new QLabel(SignInPictures::name(picture), row);
        name->setAlignment(Qt::AlignCenter);
        grid->addWidget(number, 0, int(i));
        grid->addWidget(image, 1, int(i));
        grid->addWidget(name, 2, int(i));
    }
    return row;
}

} // namespace

SignInCardsDialog::SignInCardsDialog(QList<SignInCard> cards, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_cards(std::move(cards))
{
    setObjectName(QStringLiteral("signInCardsDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (m_cards.size() == 1) {
        const SignInCard &card = m_cards.constFirst();
        auto *who = new QHBoxLayout;
        auto *avatar = new QLabel(this);
        avatar->setPixmap(Artwork::render(Artwork::avatarPath(card.avatar), 64, devicePixelRatioF()));
        who->addWidget(avatar);
        //: Above a pupil's new picture password; %1 is the pupil's name
        auto *heading = new QLabel(tr("The new pictures of %1, in this order:").arg(card.name), this);
        heading->setObjectName(QStringLiteral("areaTitle"));
        heading->setWordWrap(true);
        who->addWidget(heading, 1);
        layout->addLayout(who);
        layout->addWidget(picturesRow(card, this));
    } else {
        auto *heading = new QLabel(tr("%n new sign-in card(s) are ready.", nullptr, int(m_cards.size())), this);
        heading->setObjectName(QStringLiteral("areaTitle"));
        layout->addWidget(heading);
    }
    auto *note = new QLabel(m_cards.size() == 1 ? tr("Stages keeps only a secret code of the pictures, so it cannot "
                                                     "show them again. Print the card or save it now.")
                                                : tr("Stages keeps only a secret code of the pictures, so it cannot "
                                                     "show them again. Print the cards or save them now."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(m_cards.size() == 1 ? tr("Print card…") : tr("Print cards…"),
                                 QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printCardsButton"));
    m_savePdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    m_savePdf->setObjectName(QStringLiteral("saveCardsButton"));
    connect(m_print, &QPushButton::clicked, this, &SignInCardsDialog::print);
    connect(m_savePdf, &QPushButton::clicked, this, &SignInCardsDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInCardsDialog::reject);
    layout->addWidget(buttons);
    m_print->setDefault(true);
    m_print->setFocus();
}

void SignInCardsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    printer.setDocName(tr("Stages: sign-in cards"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(windowTitle());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = SignInCards(m_cards).paint(printer); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return;
    }
    m_delivered = true;
}

void SignInCardsDialog::chooseFileAndSave()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = m_cards.size() == 1
        //: Suggested file name of one pupil's sign-in card; %1 is the pupil's name
        ? tr("%1 - sign-in card.pdf").arg(m_cards.constFirst().name)
        //: Suggested file name of a class's sign-in cards; %1 is the class
        : tr("%1 - sign-in cards.pdf").arg(m_cards.constFirst().className);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the sign-in cards"),
                                                      QDir(folder).filePath(suggested), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool SignInCardsDialog::saveTo(const QString &path)
{
    if (auto s = SignInCards(m_cards).writePdf(path); !s) {
        QMessageBox::warning(this, windowTitle(), s.error());
        return false;
    }
    m_delivered = true;
    return true;
}

void SignInCardsDialog::reject()
{
    // One pupil's pictures are on the screen to read out; a class's cards exist nowhere else.
    if (!m_delivered && m_cards.size() > 1) {
        const auto answer = QMessageBox::question(
            this, windowTitle(),
            tr("Close without printing? The new pictures cannot be shown again; you would have to make new ones."),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::reject();
}

} // namespace stages
