#pragma once

#include "reports/signincards.h"

#include <QDialog>

class QPagedPaintDevice;
class QPushButton;

namespace stages {

/// Shows sign-in cards that were just made and prints them: through the system print dialog
/// or into a PDF file. For one pupil it shows their three pictures big, so the teacher can also
/// just tell them; for a class it says how many cards are ready. Picture passwords are stored
/// only as hashes, so these pictures are not shown again: closing before printing or saving
/// several cards asks first.
class SignInCardsDialog : public QDialog
{
    Q_OBJECT

public:
    SignInCardsDialog(QList<SignInCard> cards, const QString &title, QWidget *parent = nullptr);

    const QList<SignInCard> &cards() const { return m_cards; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *savePdfButton() const { return m_savePdf; }
    /// Writes the cards to @p path; shows what went wrong. True when written.
    bool saveTo(const QString &path);
    /// Whether the cards went to a printer or a file at least once.
    bool delivered() const { return m_delivered; }

    void reject() override;

private:
    void print();
    void chooseFileAndSave();

    QList<SignInCard> m_cards;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    bool m_delivered = false;
};

} // namespace stages
