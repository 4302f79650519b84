#include "exercises/framework/view/numberpad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stages {

NumberPad::NumberPad(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_display = new QLabel(this);
    m_display->setObjectName(QStringLiteral("numberShown"));
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setMinimumSize(180, 70);
    m_display->setStyleSheet(QStringLiteral("font-size: 48px; font-weight: bold; color: #1E88E5; background: white;"
                                            " border: 3px dashed #90A4AE; border-radius: 20px;"));
    layout->addWidget(m_display, 0, Qt::AlignHCenter);
    auto *keys = new QHBoxLayout;
    keys->addStretch();
    for (int d = 0; d <= 10; ++d) {
        const bool back = d == 10;
        const int digit = (d + 1) % 10;
        auto *key = new QToolButton(this);
        key->setText(back ? QStringLiteral("\u232B") : QString::number(digit));
        key->setObjectName(back ? QStringLiteral("digitBack") : QStringLiteral("digit%1").arg(digit));
        key->setFixedSize(64, 60);
        key->setStyleSheet(QStringLiteral("QToolButton { font-size: 30px; font-weight: bold; background: white;"
                                          " border: 2px solid #B0BEC5; border-radius: 14px; }"
                                          "QToolButton:focus { border: 4px solid #1E88E5; }"));
        connect(key, &QToolButton::clicked, this, [this, digit, back] { emit keyTapped(back ? -1 : digit); });
        keys->addWidget(key);
        m_keys.append(key);
    }
    keys->addStretch();
    layout->addLayout(keys);
    setNumber(-1);
}

void NumberPad::setNumber(int number)
{
    m_display->setText(number < 0 ? QStringLiteral("?") : QString::number(number));
}

int NumberPad::typed(int number, int key)
{
    if (key < 0)
        return number < 10 ? -1 : number / 10;
    return number < 0 ? key : std::min(99999, number * 10 + key);
}

} // namespace stages
